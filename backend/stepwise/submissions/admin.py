from django.contrib import admin, messages
from django.http import HttpResponseRedirect

from stepwise.accounts.admin import UserAdmin
from stepwise.accounts.models import User
from stepwise.common.domain import DomainError
from stepwise.submissions import personal_data
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


class AccountAdmin(UserAdmin):
    """The accounts' admin, with deletion through `personal_data.account_erase`: the same
    anonymised scores, audit entries and exercise statistics as when a learner deletes their
    own account. (Registered here, above accounts in the layers, because that is where the
    deletion lives.)"""

    def get_deleted_objects(self, objs, request):
        # The account's submissions, progress and tallies go with it through account_erase,
        # not one by one: the admin's own refusal to delete submissions (which keeps the
        # tallies right) must not stop it. Protected rows (classes the account owns) still do.
        deleted, counts, _perms_needed, protected = super().get_deleted_objects(objs, request)
        return deleted, counts, set(), protected

    def delete_model(self, request, obj):
        personal_data.account_erase(user=obj)

    def delete_queryset(self, request, queryset):
        for user in queryset:
            personal_data.account_erase(user=user)

    def delete_view(self, request, object_id, extra_context=None):
        try:
            return super().delete_view(request, object_id, extra_context)
        except DomainError as exc:
            self.message_user(request, exc.sentence, messages.ERROR)
            return HttpResponseRedirect(request.path.rsplit("delete/", 1)[0])

    def response_action(self, request, queryset):
        try:
            return super().response_action(request, queryset)
        except DomainError as exc:
            self.message_user(request, exc.sentence, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


admin.site.unregister(User)
admin.site.register(User, AccountAdmin)
