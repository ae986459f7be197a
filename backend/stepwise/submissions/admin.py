from django.contrib import admin

from stepwise.submissions.models import Submission


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ["id", "user", "exercise", "status", "verdict", "score", "created_at"]
    list_filter = ["status", "verdict", "exercise__kind"]
    search_fields = ["user__username", "exercise__slug"]
    list_select_related = ["user", "exercise"]
    readonly_fields = [f.name for f in Submission._meta.fields]

    def has_add_permission(self, request):
        return False  # submissions are made by learners and written by grading, never by hand

    def has_delete_permission(self, request, obj=None):
        # A submission goes only with its account (`personal_data.account_delete`), which keeps
        # the exercise tallies right; a deletion here would leave them counting it.
        return False
