package com.campaignrunner;

import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CampaignRunnerApplication {
}
