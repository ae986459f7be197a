"""The signed-in learner's progress."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.response import Response

from stepwise.progress.selectors import progress_summary
from stepwise.progress.serializers import ProgressSerializer


@extend_schema(tags=["me"], summary="Your progress: overall, per topic and per exercise")
class MyProgressApi(generics.GenericAPIView):
    serializer_class = ProgressSerializer

    def get(self, request, *args, **kwargs):
        return Response(ProgressSerializer(progress_summary(user=request.user)).data)
