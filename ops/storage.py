"""Uploads in an S3-compatible bucket (production, AWS_STORAGE_BUCKET_NAME): images are public objects
behind the CDN; documents are private objects that only the site reads, through Wagtail's serve view
(WAGTAILDOCS_SERVE_METHOD = "serve_view"), after the collection's privacy check."""

from storages.backends.s3 import S3Storage
from storages.utils import clean_name

from ops.media import is_private

PRIVATE_URL_SECONDS = 300
PRIVATE_OBJECT_PARAMETERS = {
    # Not "private": buckets with ACLs disabled (S3's default since 2023) refuse every ACL but this
    # one, which grants nobody but the bucket owner.
    "ACL": "bucket-owner-full-control",
    "CacheControl": "private, no-store",
}


class MediaStorage(S3Storage):
    def get_object_parameters(self, name):
        if is_private(name):
            return dict(PRIVATE_OBJECT_PARAMETERS)
        return super().get_object_parameters(name)

    def url(self, name, parameters=None, expire=None, http_method=None):
        """A document's URL is signed, short-lived and on the bucket, never the public CDN."""
        if not is_private(name):
            return super().url(name, parameters, expire, http_method)
        params = {**(parameters or {}), "Bucket": self.bucket.name, "Key": self._normalize_name(clean_name(name))}
        return self.connection.meta.client.generate_presigned_url(
            "get_object", Params=params, ExpiresIn=PRIVATE_URL_SECONDS, HttpMethod=http_method
        )
