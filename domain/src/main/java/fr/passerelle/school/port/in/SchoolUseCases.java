package fr.passerelle.school.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.membership.model.Membership;
import fr.passerelle.membership.port.in.InviteMember;
import fr.passerelle.school.model.PartnershipTier;
import fr.passerelle.school.model.Program;
import fr.passerelle.school.model.School;
import fr.passerelle.school.model.SchoolCard;
import fr.passerelle.school.model.SchoolFilter;
import fr.passerelle.school.model.SchoolOrderField;
import fr.passerelle.shared.paging.Page;
import fr.passerelle.shared.paging.Paging;
import fr.passerelle.shared.paging.Sort;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Everything one can do with schools. Platform admins and advisors read all schools; members read their own;
 * platform admins and the school's admins manage it; only platform admins register schools and change tiers
 * (a commercial decision). A school the actor may not read is reported as not found.
 */
public interface SchoolUseCases {

    School register(Actor actor, SchoolProfileCommand profile);

    School updateProfile(Actor actor, String schoolId, SchoolProfileCommand profile, Long expectedVersion);

    School changeTier(Actor actor, String schoolId, PartnershipTier tier, Long expectedVersion);

    School addProgram(Actor actor, String schoolId, Program program);

    School removeProgram(Actor actor, String schoolId, String programCode);

    Membership inviteMember(Actor actor, String schoolId, InviteMember invitation);

    Optional<School> find(Actor actor, String schoolId);

    List<School> findAll(Actor actor, Collection<String> schoolIds);

    /**
     * The public cards of these schools, for any signed-in actor: what a learner sees of their school or an offer's
     * target schools (unknown ids are left out).
     */
    List<SchoolCard> cards(Actor actor, Collection<String> schoolIds);

    Page<School> search(Actor actor, SchoolFilter filter, Sort<SchoolOrderField> sort, Paging paging);

}
