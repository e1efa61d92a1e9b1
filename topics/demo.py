"""The demo site's topics."""

from topics import demo_data
from topics.models import Topic


def build(builder):
    return builder.named_snippets(Topic, demo_data.TOPICS)
