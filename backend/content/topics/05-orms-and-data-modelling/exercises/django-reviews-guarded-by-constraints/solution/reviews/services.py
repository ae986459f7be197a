from reviews.models import Review


def submit_review(product_id, author_id, rating, body=""):
    review = Review.objects.create(
        product_id=product_id, author_id=author_id, rating=rating, body=body
    )
    return {"id": review.id, "rating": review.rating, "status": review.status}


def set_status(review_id, status):
    review = Review.objects.get(pk=review_id)
    review.status = status
    review.full_clean()
    review.save(update_fields=["status"])
    return {"id": review.id, "status": review.status}
