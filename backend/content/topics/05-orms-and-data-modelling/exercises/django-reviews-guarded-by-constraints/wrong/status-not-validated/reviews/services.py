# Mistake: choices are not enforced by the database, and nothing validates the new status, so any text is saved.
from reviews.models import Review


def submit_review(product_id, author_id, rating, body=""):
    review = Review.objects.create(
        product_id=product_id, author_id=author_id, rating=rating, body=body
    )
    return {"id": review.id, "rating": review.rating, "status": review.status}


def set_status(review_id, status):
    review = Review.objects.get(pk=review_id)
    review.status = status
    review.save(update_fields=["status"])
    return {"id": review.id, "status": review.status}
