package com.campaignrunner.cli;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.intake.CandidateSheet;
import com.campaignrunner.intake.IntakeException;
import com.campaignrunner.intake.IntakeOptionsFactory;
import com.campaignrunner.intake.RowCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What must hold before a run spends anything: the candidate file opens and has the columns the campaign needs,
 * and the export folder can be written. Found at the end, either would only come after credits were spent.
 */
final class Preflight {

    private Preflight() {
    }

    static void check(Campaign campaign) throws CampaignFileException {
        try (CandidateSheet sheet = CandidateSheet.open(campaign.candidates().file(),
                IntakeOptionsFactory.from(campaign.candidates()))) {
            new RowCheck(campaign, sheet.header(), RowCheck.EarlierRows.NONE);
        } catch (IntakeException e) {
            throw new CampaignFileException("The candidate file cannot be used: " + e.getMessage());
        }
        Path exports = campaign.exportFolder();
        try {
            Files.createDirectories(exports);
        } catch (IOException e) {
            throw new CampaignFileException("The export folder " + exports + " cannot be created ("
                    + e.getClass().getSimpleName() + "); set export.folder in " + campaign.file()
                    + " to a folder you can write to.");
        }
        if (!Files.isWritable(exports)) {
            throw new CampaignFileException("The export folder " + exports + " is not writable; set export.folder "
                    + "in " + campaign.file() + " to a folder you can write to.");
        }
    }
}
