package com.campaignrunner.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PretendScreeningTests {

    private static final String POSITION = "Warehouse operator: forklift, safety and inventory in Excel";

    @Test
    void keywordsAreTheKnownSkillsNamedByThePosition() {
        assertThat(PretendScreening.keywords(POSITION))
                .containsExactly("excel", "forklift", "inventory", "safety", "warehouse");
    }

    @Test
    void aPositionWithoutKnownSkillsUsesItsLongWords() {
        assertThat(PretendScreening.keywords("Chef de partie, pastry and bakery"))
                .containsExactly("bakery", "partie", "pastry");
    }

    @Test
    void wordsAreSplitOnAnythingButLettersAndDigitsWhateverTheAlphabet() {
        assertThat(PretendScreening.tokens("Java/Spring, SQL; Müller-Lüdenscheid 2020 C++"))
                .containsExactly("java", "spring", "sql", "müller", "lüdenscheid", "2020", "c");
    }

    @Test
    void allSkillsFoundIsAnAcceptWithTheTopScore() {
        PretendScreening.Verdict verdict = PretendScreening.screen(POSITION,
                "Forklift licence, warehouse safety officer, inventory counts in Excel for 12 years");

        assertThat(verdict.score()).isEqualTo(10.0);
        assertThat(verdict.recommendation()).isEqualTo("ai_accept");
        assertThat(verdict.decisionStatus()).isEqualTo("accepted");
        assertThat(verdict.yearsOfExperience()).isEqualTo(12);
        assertThat(verdict.missingSkills()).isEmpty();
    }

    @Test
    void somethingBetweenFourAndSevenGoesToTheRecruiter() {
        PretendScreening.Verdict verdict = PretendScreening.screen(POSITION, "Forklift driver, warehouse, 3 years");

        assertThat(verdict.score()).isEqualTo(4.0);
        assertThat(verdict.recommendation()).isEqualTo("recruiter_action");
        assertThat(verdict.analysis()).contains("forklift", "warehouse").contains("excel");
    }

    @Test
    void belowFourIsARejection() {
        PretendScreening.Verdict verdict = PretendScreening.screen(POSITION, "Barista with a love for coffee");

        assertThat(verdict.score()).isEqualTo(0.0);
        assertThat(verdict.recommendation()).isEqualTo("ai_reject");
        assertThat(verdict.decisionStatus()).isEqualTo("rejected");
        assertThat(verdict.yearsOfExperience()).isNull();
        assertThat(verdict.switchingProfession()).isTrue();
    }

    @Test
    void scoresAreRoundedToOneDecimal() {
        PretendScreening.Verdict verdict = PretendScreening.screen("Java, Kafka and Docker", "Java and Kafka");

        assertThat(verdict.score()).isEqualTo(6.7);
    }

    @Test
    void anEmptyResumeIsRejectedWithoutAScore() {
        PretendScreening.Verdict verdict = PretendScreening.screen(POSITION, "  ");

        assertThat(verdict.score()).isNull();
        assertThat(verdict.recommendation()).isEqualTo("ai_reject");
        assertThat(verdict.processingReason()).isEqualTo("No text could be read from the resume");
    }
}
