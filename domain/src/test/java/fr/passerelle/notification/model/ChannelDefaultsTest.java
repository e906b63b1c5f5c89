package fr.passerelle.notification.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChannelDefaultsTest {

    @ParameterizedTest
    @EnumSource(NotificationKind.class)
    void everyKindHasADefaultThatKeepsInTheAppAndPush(NotificationKind kind) {
        assertThat(ChannelDefaults.of(kind)).contains(NotificationChannel.IN_APP, NotificationChannel.PUSH);
        assertThat(ChannelDefaults.of(kind).contains(NotificationChannel.EMAIL))
                .isEqualTo(ChannelDefaults.actionRequired(kind));
    }

    @Test
    void theFamiliesThatAskToActAreMailedTooAndNothingElseIs() {
        assertThat(ChannelDefaults.actionRequired("APPLICATION_RECEIVED")).isTrue();
        assertThat(ChannelDefaults.actionRequired("AGREEMENT_SIGNATURE_AWAITED")).isTrue();
        assertThat(ChannelDefaults.actionRequired("FOLLOW_UP_STEP_OVERDUE")).isTrue();
        assertThat(ChannelDefaults.actionRequired("EVALUATION_DUE")).isTrue();
        assertThat(ChannelDefaults.actionRequired("APPLICATION_SHORTLISTED")).isFalse();
        assertThat(ChannelDefaults.actionRequired("SOMETHING_NOBODY_CLASSIFIED")).isFalse();
        assertThat(EnumSet.copyOf(ChannelDefaults.of(NotificationKind.COMPANY_VERIFIED)))
                .containsExactly(NotificationChannel.IN_APP, NotificationChannel.PUSH);
    }

    @Test
    void aChoiceAlwaysKeepsInTheApp() {
        NotificationSettings chosen = NotificationSettings.defaults("alice")
                .choose(null, null, Map.of(NotificationKind.MEMBER_JOINED, Set.of()));

        assertThat(chosen.channels(NotificationKind.MEMBER_JOINED)).containsExactly(NotificationChannel.IN_APP);
        assertThat(chosen.isDefault(NotificationKind.MEMBER_JOINED)).isFalse();
        assertThat(chosen.isDefault(NotificationKind.COMPANY_VERIFIED)).isTrue();
    }
}
