-- One record per input row of every campaign: the truth the export, status and exit code are derived from.
create table ledger_row (
    campaign_id          varchar(64)   not null,
    row_number           integer       not null,
    state                varchar(24)   not null,
    first_name           varchar(300),
    last_name            varchar(300),
    full_name            varchar(600),
    email                varchar(320),
    email_key            varchar(320),
    phone                varchar(40),
    country_code         varchar(2),
    linkedin_url         varchar(1000),
    position_name        varchar(300),
    resume_file          varchar(1000),
    resume_kind          varchar(8),
    resume_bytes         bigint,
    resume_sha256        varchar(64),
    extras_json          varchar(8000),
    external_id          varchar(120)  not null,
    problem_column       varchar(300),
    problem_message      varchar(2000),
    problem_fix          varchar(2000),
    warnings             varchar(4000),
    recommendation       varchar(40),
    decision_status      varchar(60),
    score                double precision,
    ai_summary           varchar(4000),
    profile_interview_id varchar(64),
    prescreen_result_id  varchar(64),
    interview_url        varchar(2000),
    interview_result_id  varchar(64),
    interview_status     varchar(60),
    interview_score      double precision,
    transcript_file      varchar(300),
    report_file          varchar(300),
    error_step           varchar(24),
    error_kind           varchar(24),
    error_field          varchar(300),
    error_message        varchar(2000),
    error_retryable      boolean,
    attempts             integer       default 0 not null,
    staged_at            timestamp     not null,
    updated_at           timestamp     not null,
    finished_at          timestamp,
    collected_at         timestamp,
    first_exported_at    timestamp,
    primary key (campaign_id, row_number)
);

create index ledger_row_state on ledger_row (campaign_id, state);
create index ledger_row_email on ledger_row (campaign_id, email_key);
create index ledger_row_external on ledger_row (campaign_id, external_id);

-- What a campaign created remotely (positions, the interview) so it is created once.
create table ledger_resource (
    campaign_id  varchar(64)   not null,
    resource_key varchar(400)  not null,
    remote_id    varchar(64),
    state        varchar(24)   not null,
    updated_at   timestamp     not null,
    primary key (campaign_id, resource_key)
);

-- Who is running a campaign now; a stale holder (dead process) is taken over.
create table campaign_lock (
    campaign_id  varchar(64)   not null primary key,
    holder       varchar(300)  not null,
    heartbeat_at timestamp     not null
);
