from rest_framework.response import Response
from rest_framework.views import APIView

from shop.errors import OutOfStock
from shop.models import Product
from shop.services import place_order


class OrderView(APIView):
    def post(self, request):
        try:
            order_id = place_order(request.data["customer"], request.data["lines"])
        except OutOfStock as exc:
            return Response({"detail": f"Out of stock: {exc}"}, status=409)
        except Product.DoesNotExist:
            return Response({"detail": "No such product."}, status=404)
        except ValueError:
            return Response({"detail": "Every quantity must be at least 1."}, status=400)
        return Response({"id": order_id}, status=201)
