from django.db.models import Count, Q, Sum

from blog.models import Post


def top_authors(limit=3):
    return []


def blog_stats():
    return {"published": 0, "drafts": 0, "likes": 0}
