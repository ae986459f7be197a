from django.db.models import Count, Q, Sum

from blog.models import Post


def top_authors(limit=3):
    rows = (
        Post.objects.filter(published=True)
        .values("author__username")
        .annotate(posts=Count("id"), likes=Sum("like_count"))
        .order_by("-posts", "-likes", "author__username")
    )
    return [
        {"username": row["author__username"], "posts": row["posts"], "likes": row["likes"]}
        for row in rows[:limit]
    ]


def blog_stats():
    published = Q(published=True)
    totals = Post.objects.aggregate(
        n_published=Count("id", filter=published),
        n_drafts=Count("id", filter=~published),
        n_likes=Sum("like_count", filter=published, default=0),
    )
    return {
        "published": totals["n_published"],
        "drafts": totals["n_drafts"],
        "likes": totals["n_likes"],
    }
