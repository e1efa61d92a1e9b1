def served_from_cache(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.headers.get("X-Page-Cache") == "hit"


def warm(client, *urls):
    for url in urls:
        assert not served_from_cache(client, url)
        assert served_from_cache(client, url)
