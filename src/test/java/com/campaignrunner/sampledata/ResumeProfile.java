package com.campaignrunner.sampledata;

import java.util.List;
import java.util.Set;

/**
 * Kinds of career the sample candidates have. Each one names the position keywords its text contains, so the
 * generator can refuse to write a resume whose expected screening outcome drifted when its wording changed.
 */
enum ResumeProfile {

    SENIOR_JAVA(
            "Senior backend engineer with {years} years of experience building payment and billing systems in "
                    + "Java and Spring Boot. Enjoys mentoring and services that are easy to observe.",
            "Senior Backend Engineer",
            List.of("Split a billing monolith into microservices that settle about three million card payments a day.",
                    "Designed REST APIs on PostgreSQL and event streams on Kafka with idempotent consumers.",
                    "Ships every service as a Docker image to Kubernetes (Amazon EKS) on AWS."),
            "Software Engineer",
            List.of("Built automated testing for the payment gateway: JUnit 5, Testcontainers and contract tests.",
                    "Moved the team from monthly releases to continuous delivery."),
            "Java 17, Spring Boot, Spring Cloud, PostgreSQL, Kafka, Docker, Kubernetes, AWS, JUnit 5, Git, Linux",
            Set.of("microservices", "java", "spring", "rest", "postgresql", "kafka", "docker", "kubernetes", "aws",
                    "testing")),

    KOTLIN_BACKEND(
            "Backend developer with {years} years of experience on the JVM, mostly Kotlin and Java with Spring.",
            "Backend Developer",
            List.of("Owns the order service: REST endpoints, the PostgreSQL schema and the Kafka consumers.",
                    "Moved the build to Docker images deployed on Kubernetes in Azure."),
            "Junior Developer",
            List.of("Wrote integration testing suites with JUnit and Testcontainers.",
                    "Kept a legacy Java 8 monolith running while it was being replaced."),
            "Kotlin, Java, Spring Boot, PostgreSQL, Kafka, Docker, Kubernetes, Azure, Gradle, Git",
            Set.of("java", "spring", "rest", "postgresql", "kafka", "docker", "kubernetes", "testing")),

    FINTECH_JAVA(
            "Software engineer with {years} years of experience in fintech, building Java microservices with Spring.",
            "Software Engineer",
            List.of("Builds card authorisation services that expose REST and gRPC interfaces.",
                    "Publishes ledger events to Kafka; the services run as Docker containers on AWS ECS."),
            "Developer",
            List.of("Wrote reporting jobs on Oracle and MySQL for the finance team.",
                    "Automated the month-end reconciliation with SQL and Excel."),
            "Java, Spring Boot, Kafka, Docker, AWS (ECS, Lambda, DynamoDB), gRPC, MySQL, Oracle, Git",
            Set.of("microservices", "java", "spring", "rest", "kafka", "docker", "aws")),

    PLATFORM_JAVA(
            "Java engineer with {years} years of experience, happiest between application code and infrastructure.",
            "Platform Engineer",
            List.of("Runs forty Spring Boot services on Kubernetes in AWS and wrote their Terraform modules.",
                    "Owns the Docker base images and the Jenkins pipelines.",
                    "Added load testing and consumer-driven contracts for the public REST API."),
            "Java Developer",
            List.of("Worked on a PostgreSQL-backed hotel booking system in a team of six."),
            "Java, Spring, Docker, Kubernetes, AWS, Terraform, PostgreSQL, Jenkins, Linux, Bash",
            Set.of("java", "spring", "docker", "kubernetes", "aws", "postgresql", "testing", "rest")),

    TECH_LEAD(
            "Tech lead with {years} years of experience delivering Java microservices for logistics and retail.",
            "Tech Lead",
            List.of("Leads six engineers building shipment tracking microservices with Java and Spring Boot.",
                    "Defined the REST API guidelines and the PostgreSQL migration process.",
                    "Runs the services in Docker on Kubernetes on AWS, with messaging through RabbitMQ."),
            "Senior Developer",
            List.of("Introduced automated testing and code review, which halved production incidents."),
            "Java, Spring Boot, PostgreSQL, RabbitMQ, Docker, Kubernetes, AWS, JUnit, Leadership, Scrum",
            Set.of("microservices", "java", "spring", "rest", "postgresql", "docker", "kubernetes", "aws",
                    "testing")),

    DATA_ENGINEER(
            "Data engineer with {years} years of experience building data pipelines in Python and SQL.",
            "Data Engineer",
            List.of("Streams clickstream events from Kafka into PostgreSQL and Redshift on AWS.",
                    "Packages the Airflow jobs as Docker images."),
            "BI Developer",
            List.of("Pulled partner data from REST APIs into nightly Excel and Power BI reports."),
            "Python, SQL, PostgreSQL, Kafka, Airflow, dbt, Docker, AWS",
            Set.of("kafka", "postgresql", "aws", "docker", "rest")),

    FRONTEND(
            "Frontend engineer with {years} years of experience in React and TypeScript.",
            "Frontend Engineer",
            List.of("Built the checkout pages in React, talking to REST and GraphQL back ends.",
                    "Introduced visual regression testing with Playwright.",
                    "Deploys static builds to S3 and CloudFront on AWS; the local setup runs in Docker."),
            "Web Developer",
            List.of("Built marketing sites with WordPress and plain JavaScript."),
            "React, TypeScript, GraphQL, Jest, Playwright, Docker, AWS, Figma",
            Set.of("rest", "testing", "aws", "docker")),

    SITE_RELIABILITY(
            "Site reliability engineer with {years} years of experience on Linux, containers and cloud.",
            "Site Reliability Engineer",
            List.of("Operates the Kubernetes clusters on AWS for two hundred engineers.",
                    "Runs managed Kafka and PostgreSQL and is on call for both.",
                    "Built the Docker base images and a chaos testing programme."),
            "Linux Administrator",
            List.of("Automated server builds with Ansible and Bash."),
            "Linux, Docker, Kubernetes, AWS, Terraform, Kafka, PostgreSQL, Prometheus, Python, Bash",
            Set.of("kubernetes", "aws", "kafka", "postgresql", "docker", "testing")),

    QA_AUTOMATION(
            "QA automation engineer with {years} years of experience in web and API testing.",
            "QA Automation Engineer",
            List.of("Writes API suites in Java with REST Assured and JUnit.",
                    "Runs the suites in Docker in GitLab CI and seeds PostgreSQL with test data."),
            "Manual Tester",
            List.of("Tested mobile banking apps on iOS and Android."),
            "Java, JUnit, REST Assured, Selenium, Docker, PostgreSQL, Jira, SQL",
            Set.of("testing", "java", "rest", "docker", "postgresql")),

    JAVA_GRADUATE(
            "Computer science graduate with {years} years of experience, internships included.",
            "Junior Java Developer",
            List.of("Fixes bugs and writes small features in a Java and Spring MVC application.",
                    "Built a REST API for a library catalogue on PostgreSQL as a final-year project."),
            "Intern",
            List.of("Helped the support team with SQL reports."),
            "Java, Spring, PostgreSQL, SQL, Git, HTML, CSS",
            Set.of("java", "spring", "rest", "postgresql")),

    NURSE(
            "Registered nurse with {years} years of experience in intensive care and emergency departments.",
            "Staff Nurse, Intensive Care Unit",
            List.of("Cares for up to two ventilated patients per shift.",
                    "Trains new nurses on medication safety and infection control."),
            "Staff Nurse, Emergency Department",
            List.of("Triage, wound care and patient education."),
            "Nursing, patient safety, medication administration, electronic health records, Excel, leadership",
            Set.of()),

    WAREHOUSE_LEAD(
            "Warehouse team leader with {years} years of experience in logistics and inventory control.",
            "Warehouse Team Leader",
            List.of("Leads a shift of twelve pickers and packers in a regional distribution centre.",
                    "Keeps inventory accuracy above 99.5% with weekly cycle counts."),
            "Forklift Operator",
            List.of("Loading, unloading and put-away; no safety incidents in four years."),
            "Forklift licence, inventory, logistics, health and safety, Excel, driving licence",
            Set.of()),

    CLOUD_SALES(
            "Account executive with {years} years of experience selling cloud consulting to mid-sized companies.",
            "Account Executive",
            List.of("Closed 1.2 million euros of new business last year for an AWS consulting partner.",
                    "Runs discovery calls, demos and negotiations with procurement teams."),
            "Sales Representative",
            List.of("Grew a regional customer base from 40 to 110 accounts."),
            "Sales, customer relationships, negotiation, CRM (Salesforce, HubSpot), marketing, Excel",
            Set.of("aws")),

    JUNIOR_PYTHON(
            "Bootcamp graduate with {years} years of experience as a junior developer, mostly in Python.",
            "Junior Python Developer",
            List.of("Builds internal admin pages with Django and SQLite.",
                    "Adds pytest unit tests and is learning about testing strategies and Docker."),
            "Customer Support Agent",
            List.of("Answered customer tickets for an online shop."),
            "Python, Django, Flask, SQL, Git, HTML",
            Set.of("testing", "docker")),

    ACCOUNTANT(
            "Chartered accountant with {years} years of experience in audit and financial reporting.",
            "Senior Accountant",
            List.of("Prepares the monthly management accounts and the annual statutory accounts.",
                    "Built Excel models for cash-flow forecasting."),
            "Audit Associate",
            List.of("Audited manufacturing and retail clients."),
            "Accounting, IFRS, Excel, SAP, financial reporting, leadership",
            Set.of());

    private final String summary;
    private final String currentTitle;
    private final List<String> currentDuties;
    private final String previousTitle;
    private final List<String> previousDuties;
    private final String skills;
    private final Set<String> keywords;

    ResumeProfile(String summary, String currentTitle, List<String> currentDuties, String previousTitle,
            List<String> previousDuties, String skills, Set<String> keywords) {
        this.summary = summary;
        this.currentTitle = currentTitle;
        this.currentDuties = currentDuties;
        this.previousTitle = previousTitle;
        this.previousDuties = previousDuties;
        this.skills = skills;
        this.keywords = keywords;
    }

    String summary(int years) {
        return summary.replace("{years}", Integer.toString(years));
    }

    String currentTitle() {
        return currentTitle;
    }

    List<String> currentDuties() {
        return currentDuties;
    }

    String previousTitle() {
        return previousTitle;
    }

    List<String> previousDuties() {
        return previousDuties;
    }

    String skills() {
        return skills;
    }

    /** The position keywords this profile's wording contains, whoever the candidate is. */
    Set<String> keywords() {
        return keywords;
    }
}
