"""Who may change a cluster profile.

Page permissions in Wagtail follow the page tree, but the network's rule
follows the responsible partner agency: REG X editors look after the Danish
clusters, WTSH editors after the German ones, both in the same cluster index.
The partner organisation snippet names its editors' group; members of a
partner's group may only change the clusters that partner is responsible for.
Users in no partner group (moderators, administrators) are not restricted here.
"""
from functools import cached_property

from wagtail.models import PagePermissionTester

from taxonomy.models import PartnerOrganisation


class ClusterPagePermissionTester(PagePermissionTester):
    @cached_property
    def _user_partner_keys(self):
        """Translation keys of the partner organisations whose group the user is in."""
        if not self.user.is_active or self.user.is_superuser:
            return set()
        return set(
            PartnerOrganisation.objects.filter(editor_group__in=self.user.groups.all())
            .values_list("translation_key", flat=True)
            .distinct()
        )

    @cached_property
    def outside_users_agency(self):
        partner_keys = self._user_partner_keys
        if not partner_keys:
            return False
        partner = self.page.responsible_partner
        return partner is None or partner.translation_key not in partner_keys

    def can_edit(self):
        return not self.outside_users_agency and super().can_edit()

    def can_publish(self):
        return not self.outside_users_agency and super().can_publish()

    def can_unpublish(self):
        return not self.outside_users_agency and super().can_unpublish()

    def can_delete(self, ignore_bulk=False):
        return not self.outside_users_agency and super().can_delete(ignore_bulk=ignore_bulk)

    def can_submit_for_moderation(self):
        return not self.outside_users_agency and super().can_submit_for_moderation()

    def can_lock(self):
        return not self.outside_users_agency and super().can_lock()

    def can_move(self):
        return not self.outside_users_agency and super().can_move()

    def can_copy(self):
        return not self.outside_users_agency and super().can_copy()
