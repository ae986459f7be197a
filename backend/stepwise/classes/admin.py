"""Admin pages: classes to look at, the audit log to read. Changes to a class go through the
API (and its services), which keep the audit log; here everything is read-only."""

from django.contrib import admin

from stepwise.classes.models import AuditEvent, Classroom


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Classroom)
class ClassroomAdmin(ReadOnlyAdmin):
    list_display = ["name", "owner", "starts_on", "ends_on", "archived_at", "created_at"]
    search_fields = ["name", "owner__username"]
    list_select_related = ["owner"]


@admin.register(AuditEvent)
class AuditEventAdmin(ReadOnlyAdmin):
    list_display = ["at", "action", "actor_username", "class_name", "subject_username"]
    list_filter = ["action"]
    search_fields = ["actor_username", "class_name", "subject_username"]
