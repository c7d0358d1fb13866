package org.credstack.recognition.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.credstack.recognition.qualification.domain.CountedCredit;
import org.credstack.recognition.qualification.domain.CreditSource;
import org.credstack.recognition.qualification.domain.NotCounted;
import org.credstack.recognition.qualification.domain.Progress;
import org.credstack.recognition.qualification.domain.RuleOutcome;
import org.junit.jupiter.api.Test;

class ProgressDigestTest {

    private static Progress progress(String missing, BigDecimal credits, List<String> ids, String reason) {
        return new Progress(false, new BigDecimal("10"), credits, BigDecimal.ZERO, null, false,
                List.of(new RuleOutcome("required", null, "all of: 'A', 'B'", false, missing)),
                List.of(new CountedCredit(CreditSource.CREDENTIAL, "c-1", null, "a", credits, BigDecimal.ZERO)),
                ids, reason == null ? List.of() : List.of(new NotCounted("c-2", "b", reason)));
    }

    @Test
    void the_same_content_gives_the_same_digest_and_any_changed_field_another() {
        String digest = ProgressDigest.of(progress("still needed: 'B'", new BigDecimal("3.5"), List.of("c-1"), null),
                "uni", "1", "ref");
        assertThat(ProgressDigest.of(progress("still needed: 'B'", new BigDecimal("3.5"), List.of("c-1"), null),
                "uni", "1", "ref")).isEqualTo(digest);
        assertThat(List.of(
                ProgressDigest.of(progress("still needed: 'C'", new BigDecimal("3.5"), List.of("c-1"), null),
                        "uni", "1", "ref"),
                ProgressDigest.of(progress("still needed: 'B'", new BigDecimal("4.0"), List.of("c-1"), null),
                        "uni", "1", "ref"),
                ProgressDigest.of(progress("still needed: 'B'", new BigDecimal("3.5"), List.of("c-1", "c-2"), null),
                        "uni", "1", "ref"),
                ProgressDigest.of(progress("still needed: 'B'", new BigDecimal("3.5"), List.of("c-1"), "revoked"),
                        "uni", "1", "ref"),
                ProgressDigest.of(progress(null, new BigDecimal("3.5"), List.of("c-1"), null), "uni", "1", "ref"),
                ProgressDigest.of(progress("still needed: 'B'", new BigDecimal("3.5"), List.of("c-1"), null),
                        "uni", "2", "ref"),
                ProgressDigest.of(progress("still needed: 'B'", new BigDecimal("3.5"), List.of("c-1"), null),
                        "uni", "1", "ref,ref-2")))
                .doesNotContain(digest).doesNotHaveDuplicates();
    }

    @Test
    void values_moved_between_fields_or_list_items_change_the_digest() {
        Progress one = progress("x", BigDecimal.ONE, List.of("ab", "c"), null);
        Progress two = progress("x", BigDecimal.ONE, List.of("a", "bc"), null);
        assertThat(ProgressDigest.of(one, "uni")).isNotEqualTo(ProgressDigest.of(two, "uni"));
        assertThat(ProgressDigest.of(one, "un", "i")).isNotEqualTo(ProgressDigest.of(one, "u", "ni"));
        assertThat(ProgressDigest.of(one, "", "x")).isNotEqualTo(ProgressDigest.of(one, (String) null, "x"));
    }
}
