package fr.passerelle.privacy.port.in;

import fr.passerelle.membership.model.Actor;
import fr.passerelle.privacy.model.DataSubjectRequest;
import java.util.List;

/** Data-subject requests (GDPR art. 15–20): asked, recorded on someone's behalf, carried out, downloaded. */
public interface DataSubjectRequestUseCases {

    /**
     * Records a request.
     *
     * @param learnerId null for the signed-in person's own request; else the learner it is recorded for, whose
     *                  school the actor manages (anyone else: not found)
     */
    DataSubjectRequest submit(Actor actor, DataSubjectRequest.Kind kind, String learnerId);

    /** The request, to the person it is about and to who answers it; anyone else: not found. */
    DataSubjectRequest find(Actor actor, String id);

    /** The signed-in person's own requests, newest first. */
    List<DataSubjectRequest> mine(Actor actor);

    /** Carries out an erasure request (the answering organisation's managers, platform admins); idempotent. */
    DataSubjectRequest erase(Actor actor, String id);

    /** The access or portability archive (a zip), for the person the request is about only. */
    byte[] archive(Actor actor, String id);
}
