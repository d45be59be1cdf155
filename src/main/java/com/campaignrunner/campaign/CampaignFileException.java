package com.campaignrunner.campaign;

/** A campaign file that cannot be used; the message names the file, the line, the field and what is allowed. */
public class CampaignFileException extends Exception {

    public CampaignFileException(String message) {
        super(message);
    }

    public CampaignFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
