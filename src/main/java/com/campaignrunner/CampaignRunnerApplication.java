package com.campaignrunner;

import com.campaignrunner.cli.CampaignRunnerCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Campaign Runner: bulk hiring campaigns against the JobMojito API. */
@SpringBootApplication
public class CampaignRunnerApplication {

    public static void main(String[] args) {
        int code = CampaignRunnerCli.execute(args, System.out, System.err);
        System.exit(code);
    }
}
