package com.campaignrunner.actions;

import com.campaignrunner.metrics.CampaignMetrics;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * For a sandbox campaign: what the sandbox billed, per endpoint, beside what the runner's ledger accounts for.
 * The two agree when nothing was charged twice; a difference points at a duplicate call or a lost answer.
 */
public final class CreditsReport {

    private CreditsReport() {
    }

    public static void print(Ledger ledger, Campaign campaign, Path dataFolder, PrintStream out) {
        Path sandboxState = dataFolder.resolve("sandbox");
        if (!campaign.api().sandbox() || !Files.exists(sandboxState.resolve(SandboxCallLedger.FILE_NAME))) {
            return;
        }
        Pattern ours = Pattern.compile("cr-" + Pattern.quote(campaign.id()) + "-[0-9a-f]{20}");
        List<SandboxCall> calls = SandboxCallLedger.read(sandboxState);
        Map<String, Double> billed = new TreeMap<>();
        double untied = 0;
        for (SandboxCall call : calls) {
            if (call.credits() <= 0) {
                continue;
            }
            if (call.externalId() != null && ours.matcher(call.externalId()).matches()) {
                billed.merge(call.endpoint(), call.credits(), Double::sum);
            } else if (call.externalId() == null) {
                untied += call.credits();
            }
        }
        out.println();
        out.println("Credits of " + campaign.id() + " (sandbox):");
        out.println("  billed by the sandbox, per endpoint:");
        billed.forEach((endpoint, credits) -> out.printf("    %-52s %8.2f%n", endpoint, credits));
        double billedTotal = billed.values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("    %-52s %8.2f%n", "total", billedTotal);
        if (untied > 0) {
            out.printf("    %-52s %8.2f%n", "not tied to a candidate (reports, any campaign)", untied);
        }
        out.println("  accounted for by the runner's ledger:");
        Map<String, Double> accounted = CampaignMetrics.creditsAccountedFor(ledger, campaign.id());
        accounted.forEach((what, credits) -> out.printf("    %-52s %8.2f%n", what, credits));
        double accountedTotal = accounted.values().stream().mapToDouble(Double::doubleValue).sum();
        out.printf("    %-52s %8.2f%n", "total", accountedTotal);
        if (Math.abs(billedTotal - accountedTotal) > 0.001) {
            out.printf("  difference: %.2f credits (a retaken interview is billed again; one submitted but not "
                    + "yet seen by a run counts once collected)%n", billedTotal - accountedTotal);
        }
    }
}
