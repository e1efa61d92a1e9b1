"""Counting visits without cookies or stored addresses, and the four figures the old portal showed."""

import datetime
import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.utils import timezone

from visitors.models import DailySalt, DailyVisit

ONLINE_WINDOW = datetime.timedelta(minutes=5)
STATS_CACHE_KEY = "visitors:stats"
STATS_CACHE_SECONDS = 60
BOT_MARKERS = ("bot", "crawl", "spider", "slurp", "preview", "monitor", "headless")


def salt_for(day):
    salt = DailySalt.objects.filter(day=day).values_list("salt", flat=True).first()
    if salt:
        return salt
    try:
        with transaction.atomic():
            DailySalt.objects.create(day=day, salt=secrets.token_hex(32))
    except IntegrityError:
        pass  # another request created it first
    DailySalt.objects.filter(day__lt=day).delete()
    return DailySalt.objects.get(day=day).salt


def visitor_hash(salt, address, user_agent):
    return hashlib.sha256(f"{salt}|{address}|{user_agent}".encode()).hexdigest()


def is_bot(user_agent):
    agent = user_agent.lower()
    return not agent or any(marker in agent for marker in BOT_MARKERS)


def record_visit(address, user_agent):
    """Count this visitor once a day; refresh when they were last seen (for "online now")."""
    if is_bot(user_agent):
        return False
    now = timezone.now()
    day = timezone.localdate(now)
    visitor = visitor_hash(salt_for(day), address, user_agent)
    updated = DailyVisit.objects.filter(day=day, visitor=visitor).update(last_seen=now)
    if not updated:
        try:
            with transaction.atomic():
                DailyVisit.objects.create(day=day, visitor=visitor, last_seen=now)
        except IntegrityError:
            pass
    return True


def visitor_stats():
    """Online now, today, this week (from Monday), all time including the old portal's total."""

    def compute():
        now = timezone.now()
        today = timezone.localdate(now)
        monday = today - datetime.timedelta(days=today.weekday())
        visits = DailyVisit.objects.all()
        return {
            "online": visits.filter(last_seen__gte=now - ONLINE_WINDOW).count(),
            "today": visits.filter(day=today).count(),
            "week": visits.filter(day__gte=monday).count(),
            "total": settings.VISITORS_PREVIOUS_TOTAL + visits.count(),
        }

    return cache.get_or_set(STATS_CACHE_KEY, compute, STATS_CACHE_SECONDS)
