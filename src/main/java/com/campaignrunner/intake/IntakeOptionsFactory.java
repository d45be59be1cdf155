package com.campaignrunner.intake;

import com.campaignrunner.campaign.Campaign;
import java.nio.charset.Charset;

/** Reading options as the campaign file sets them. */
public final class IntakeOptionsFactory {

    private IntakeOptionsFactory() {
    }

    public static IntakeOptions from(Campaign.CandidateSource source) {
        return new IntakeOptions(source.sheet(), source.encoding() == null ? null : Charset.forName(source
                .encoding()), source.delimiter(), source.columns(), source.defaultCountry());
    }
}
