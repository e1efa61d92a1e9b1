"""Django's JSON serialization format, except that datetimes and times keep their microseconds.

DjangoJSONEncoder cuts them to milliseconds (ECMA-262's date format), so a backup made with
`dumpdata`'s plain JSON moved every timestamp on restore. `loaddata` reads this output as ordinary
JSON: Django parses ISO 8601 with microseconds.
"""

import datetime

from django.core.serializers import json
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.timezone import is_aware


class ExactJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime) or (isinstance(o, datetime.time) and not is_aware(o)):
            return o.isoformat()
        return super().default(o)


class Serializer(json.Serializer):
    def _init_options(self):
        self.options.setdefault("cls", ExactJSONEncoder)
        super()._init_options()


Deserializer = json.Deserializer
