# The admin shows dates as WAGTAIL_DATE_FORMAT / WAGTAIL_DATETIME_FORMAT (day first). Parse them the
# same way: Django's fallback tries month-first, which silently turns 05/03/2023 into 3 May.
DATE_INPUT_FORMATS = ["%d/%m/%Y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = ["%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
