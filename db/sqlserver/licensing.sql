IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(max) NOT NULL,
        [PartnerAuthorityCode] nvarchar(max) NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [AuditChainHeads] (
        [Id] int NOT NULL,
        [Counter] bigint NOT NULL,
        CONSTRAINT [PK_AuditChainHeads] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetime2 NOT NULL,
        [ActorId] nvarchar(450) NOT NULL,
        [ActorName] nvarchar(200) NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [EntityType] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(100) NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [Summary] nvarchar(1000) NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        [PreviousHash] nvarchar(64) NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [BankHolidays] (
        [Date] date NOT NULL,
        [Title] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_BankHolidays] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [DetailsRequests] (
        [Id] uniqueidentifier NOT NULL,
        [RegisterEntryId] uniqueidentifier NOT NULL,
        [RegisterReference] nvarchar(60) NOT NULL,
        [RequestingAuthorityCode] nvarchar(20) NOT NULL,
        [RequestingAuthorityName] nvarchar(200) NOT NULL,
        [Reason] nvarchar(2000) NOT NULL,
        [RequesterReference] nvarchar(100) NULL,
        [RequestedAt] datetime2 NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [DecidedBy] nvarchar(200) NULL,
        [DecidedAt] datetime2 NULL,
        [DeclineReason] nvarchar(2000) NULL,
        [DisclosedGrounds] nvarchar(max) NULL,
        [DisclosedSummary] nvarchar(4000) NULL,
        [ContactDetails] nvarchar(500) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DetailsRequests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [JobRuns] (
        [Id] uniqueidentifier NOT NULL,
        [JobName] nvarchar(100) NOT NULL,
        [StartedAt] datetime2 NOT NULL,
        [FinishedAt] datetime2 NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [Summary] nvarchar(500) NOT NULL,
        [Done] int NOT NULL,
        [Failed] int NOT NULL,
        CONSTRAINT [PK_JobRuns] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [Notices] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [DecisionId] uniqueidentifier NULL,
        [LicenceId] uniqueidentifier NULL,
        [ApplicationId] uniqueidentifier NULL,
        [ReviewCaseId] uniqueidentifier NULL,
        [DraftedAt] datetime2 NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [NoticeVersion] int NOT NULL,
        [ReplacesNoticeId] uniqueidentifier NULL,
        [ReplacesReference] nvarchar(40) NULL,
        [ParticularsJson] nvarchar(max) NULL,
        [Reference] nvarchar(40) NULL,
        [Title] nvarchar(300) NULL,
        [TemplateVersion] int NULL,
        [IssuedAt] datetime2 NULL,
        [IssuedBy] nvarchar(200) NULL,
        [Sha256] nvarchar(64) NULL,
        [PdfLength] int NULL,
        [SupersededAt] datetime2 NULL,
        [Method] nvarchar(40) NULL,
        [PostedOn] date NULL,
        [PostClass] nvarchar(40) NULL,
        [PostedBy] nvarchar(200) NULL,
        [ServedOn] date NULL,
        [DeliveryProblem] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Notices] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [NoticeTemplates] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [TemplateVersion] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_NoticeTemplates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [MessageId] nvarchar(200) NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [NoticeId] uniqueidentifier NULL,
        [To] nvarchar(320) NOT NULL,
        [Subject] nvarchar(500) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Attempts] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [LeaseUntil] datetime2 NULL,
        [LastAttemptAt] datetime2 NULL,
        [SentAt] datetime2 NULL,
        [LastError] nvarchar(2000) NULL,
        [ResolvedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [PartnerAuthorities] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [ContactEmail] nvarchar(200) NULL,
        [BaseUrl] nvarchar(500) NULL,
        [ProtectedOutboundKey] nvarchar(max) NULL,
        [SearchTheirRegister] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PartnerAuthorities] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [PartnerReferrals] (
        [Id] uniqueidentifier NOT NULL,
        [ReferringAuthorityCode] nvarchar(20) NOT NULL,
        [ReferringAuthorityName] nvarchar(200) NOT NULL,
        [ReferrerReference] nvarchar(100) NULL,
        [ContactEmail] nvarchar(200) NULL,
        [Surname] nvarchar(200) NOT NULL,
        [Forenames] nvarchar(200) NOT NULL,
        [DateOfBirth] date NULL,
        [DrivingLicenceNumber] nvarchar(20) NULL,
        [BadgeNumber] nvarchar(40) NULL,
        [VehicleRegistration] nvarchar(20) NULL,
        [Narrative] nvarchar(max) NOT NULL,
        [IncidentDate] date NULL,
        [ReceivedAt] datetime2 NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [ConcernId] uniqueidentifier NOT NULL,
        [Outcome] nvarchar(40) NULL,
        [OutcomeDecidedOn] date NULL,
        [OutcomeStatement] nvarchar(1000) NULL,
        [OutcomeEffect] nvarchar(500) NULL,
        [OutcomeTakesEffectOn] date NULL,
        [OutcomeSuspendedUntil] date NULL,
        [OutcomeOnAppeal] bit NOT NULL,
        [OutcomeReasons] nvarchar(max) NULL,
        [OutcomeDecisionId] uniqueidentifier NULL,
        [OutcomeRegisterReference] nvarchar(100) NULL,
        [OutcomeRecordedAt] datetime2 NULL,
        [OutcomeNumber] int NOT NULL,
        [OutcomeMessageId] uniqueidentifier NULL,
        [ToldByHandAt] datetime2 NULL,
        [ToldByHandBy] nvarchar(200) NULL,
        [ToldByHandHow] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_PartnerReferrals] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [People] (
        [Id] uniqueidentifier NOT NULL,
        [Forenames] nvarchar(200) NOT NULL,
        [Surname] nvarchar(200) NOT NULL,
        [PreviousSurnames] nvarchar(max) NOT NULL,
        [DateOfBirth] date NOT NULL,
        [DrivingLicenceNumber] nvarchar(16) NULL,
        [DrivingLicenceIsNorthernIreland] bit NOT NULL,
        [NationalInsuranceNumber] nvarchar(9) NULL,
        [Phone] nvarchar(40) NULL,
        [Email] nvarchar(320) NULL,
        [EmailServiceAgreedOn] date NULL,
        [SearchForenames] nvarchar(200) NOT NULL,
        [SearchSurname] nvarchar(200) NOT NULL,
        [SearchAllSurnames] nvarchar(1000) NOT NULL,
        [SearchPhone] nvarchar(40) NULL,
        [Version] int NOT NULL,
        [AddressLine1] nvarchar(200) NULL,
        [AddressLine2] nvarchar(200) NULL,
        [AddressPostcode] nvarchar(10) NULL,
        [AddressTown] nvarchar(100) NULL,
        CONSTRAINT [PK_People] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [PolicyVersions] (
        [Id] uniqueidentifier NOT NULL,
        [Label] nvarchar(60) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [ChangeNote] nvarchar(2000) NULL,
        CONSTRAINT [PK_PolicyVersions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [RegisterEntries] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(60) NOT NULL,
        [AuthorityCode] nvarchar(20) NOT NULL,
        [AuthorityName] nvarchar(200) NOT NULL,
        [Surname] nvarchar(200) NOT NULL,
        [Forenames] nvarchar(200) NOT NULL,
        [PreviousSurnames] nvarchar(max) NOT NULL,
        [DateOfBirth] date NOT NULL,
        [DrivingLicenceNumber] nvarchar(20) NULL,
        [NationalInsuranceNumber] nvarchar(12) NULL,
        [Postcode] nvarchar(10) NULL,
        [Decision] nvarchar(40) NOT NULL,
        [DecisionDate] date NOT NULL,
        [EffectiveDate] date NULL,
        [LicenceType] nvarchar(40) NOT NULL,
        [Grounds] nvarchar(40) NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [DecisionId] uniqueidentifier NULL,
        [AppealOutcome] nvarchar(1000) NULL,
        [AppealOutcomeOn] date NULL,
        [RetentionReviewDueSince] date NULL,
        [RecordedAt] datetime2 NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_RegisterEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [RegisterSearches] (
        [Id] uniqueidentifier NOT NULL,
        [SearchedAt] datetime2 NOT NULL,
        [Channel] nvarchar(40) NOT NULL,
        [SearcherId] nvarchar(100) NOT NULL,
        [SearcherName] nvarchar(200) NOT NULL,
        [PartnerAuthorityCode] nvarchar(20) NULL,
        [Purpose] nvarchar(40) NOT NULL,
        [SearcherReference] nvarchar(100) NULL,
        [Asked] nvarchar(max) NOT NULL,
        [Returned] nvarchar(max) NOT NULL,
        [MatchCount] int NOT NULL,
        CONSTRAINT [PK_RegisterSearches] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [TeamTasks] (
        [Id] uniqueidentifier NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Detail] nvarchar(2000) NULL,
        [ForRole] nvarchar(40) NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [Link] nvarchar(300) NULL,
        [DueOn] date NOT NULL,
        [RaisedAt] datetime2 NOT NULL,
        [EscalatedAt] datetime2 NULL,
        [EscalationReason] nvarchar(500) NULL,
        [ClosedAt] datetime2 NULL,
        [ClosedBy] nvarchar(200) NULL,
        [ClosingNote] nvarchar(2000) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_TeamTasks] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [NoticeDocuments] (
        [NoticeId] uniqueidentifier NOT NULL,
        [Pdf] varbinary(max) NOT NULL,
        CONSTRAINT [PK_NoticeDocuments] PRIMARY KEY ([NoticeId]),
        CONSTRAINT [FK_NoticeDocuments_Notices_NoticeId] FOREIGN KEY ([NoticeId]) REFERENCES [Notices] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ApiKeys] (
        [Id] uniqueidentifier NOT NULL,
        [PartnerAuthorityId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Prefix] nvarchar(10) NOT NULL,
        [KeyHash] nvarchar(64) NOT NULL,
        [Scopes] nvarchar(max) NOT NULL,
        [PermitPerMinute] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [RevokedAt] datetime2 NULL,
        [RevokedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_ApiKeys] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApiKeys_PartnerAuthorities_PartnerAuthorityId] FOREIGN KEY ([PartnerAuthorityId]) REFERENCES [PartnerAuthorities] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [Licences] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(40) NOT NULL,
        [Number] nvarchar(40) NOT NULL,
        [SearchNumber] nvarchar(40) NOT NULL,
        [HolderId] uniqueidentifier NULL,
        [IssuedOn] date NOT NULL,
        [ExpiresOn] date NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [StatusSince] date NOT NULL,
        [GrantDecisionId] uniqueidentifier NOT NULL,
        [StatusDecisionId] uniqueidentifier NULL,
        [StatusNote] nvarchar(500) NULL,
        [SuspendedUntil] date NULL,
        [Conditions] nvarchar(max) NULL,
        [Version] int NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [BadgeNumber] nvarchar(40) NULL,
        [SearchBadgeNumber] nvarchar(40) NULL,
        [CompanyName] nvarchar(200) NULL,
        [CompanyNumber] nvarchar(20) NULL,
        [CentreLine1] nvarchar(200) NULL,
        [CentreLine2] nvarchar(200) NULL,
        [CentrePostcode] nvarchar(10) NULL,
        [CentreTown] nvarchar(100) NULL,
        [PlateNumber] nvarchar(40) NULL,
        [Registration] nvarchar(12) NULL,
        [SearchRegistration] nvarchar(12) NULL,
        [Make] nvarchar(60) NULL,
        [Model] nvarchar(60) NULL,
        [Colour] nvarchar(40) NULL,
        CONSTRAINT [PK_Licences] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Licences_People_HolderId] FOREIGN KEY ([HolderId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [PolicyRows] (
        [Id] uniqueidentifier NOT NULL,
        [PolicyVersionId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [Code] nvarchar(60) NOT NULL,
        [Description] nvarchar(500) NOT NULL,
        [Presumption] nvarchar(40) NOT NULL,
        [Years] int NULL,
        [Grounds] nvarchar(40) NOT NULL,
        [Unverified] bit NOT NULL,
        CONSTRAINT [PK_PolicyRows] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_PolicyRows_PolicyVersions_PolicyVersionId] FOREIGN KEY ([PolicyVersionId]) REFERENCES [PolicyVersions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [RegisterMatchKeys] (
        [Key] nvarchar(40) NOT NULL,
        [EntryId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RegisterMatchKeys] PRIMARY KEY ([Key], [EntryId]),
        CONSTRAINT [FK_RegisterMatchKeys_RegisterEntries_EntryId] FOREIGN KEY ([EntryId]) REFERENCES [RegisterEntries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [Applications] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [LicenceType] nvarchar(40) NOT NULL,
        [RenewsLicenceId] uniqueidentifier NULL,
        [ReceivedOn] date NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [StatusChangedAt] datetime2 NOT NULL,
        [OfficerUserId] nvarchar(450) NOT NULL,
        [OfficerName] nvarchar(200) NOT NULL,
        [CompanyName] nvarchar(200) NULL,
        [VehicleRegistration] nvarchar(12) NULL,
        [VehicleMake] nvarchar(60) NULL,
        [VehicleModel] nvarchar(60) NULL,
        [VehicleColour] nvarchar(40) NULL,
        [Assessment] nvarchar(max) NULL,
        [Recommendation] nvarchar(40) NULL,
        [RecommendedConditions] nvarchar(max) NULL,
        [DepartureReasons] nvarchar(max) NULL,
        [RecommendedByUserId] nvarchar(450) NULL,
        [RecommendedByName] nvarchar(200) NULL,
        [AssessedAt] datetime2 NULL,
        [AssessedPolicyLabel] nvarchar(60) NULL,
        [AssessedPolicySummary] nvarchar(1000) NULL,
        [DecisionId] uniqueidentifier NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedByUserId] nvarchar(450) NULL,
        [DecidedByName] nvarchar(200) NULL,
        [LicenceId] uniqueidentifier NULL,
        [ExceptionalReasons] nvarchar(max) NULL,
        [ExceptionalReasonsSignedOffBy] nvarchar(200) NULL,
        [ReferralReasons] nvarchar(max) NULL,
        [Representations] nvarchar(max) NULL,
        [RepresentationsReceivedOn] date NULL,
        [WithdrawalReason] nvarchar(2000) NULL,
        [HearingId] uniqueidentifier NULL,
        [Version] int NOT NULL,
        [CentreLine1] nvarchar(200) NULL,
        [CentreLine2] nvarchar(200) NULL,
        [CentrePostcode] nvarchar(10) NULL,
        [CentreTown] nvarchar(100) NULL,
        CONSTRAINT [PK_Applications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Applications_Licences_RenewsLicenceId] FOREIGN KEY ([RenewsLicenceId]) REFERENCES [Licences] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Applications_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [Concerns] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [Source] nvarchar(40) NOT NULL,
        [SourceDetail] nvarchar(300) NULL,
        [Category] nvarchar(40) NOT NULL,
        [Narrative] nvarchar(max) NOT NULL,
        [OccurredOn] date NULL,
        [Place] nvarchar(300) NULL,
        [ReceivedOn] date NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [RecordedBy] nvarchar(200) NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [LicenceId] uniqueidentifier NULL,
        [LinkedAt] datetime2 NULL,
        [LinkedBy] nvarchar(200) NULL,
        [LinkReason] nvarchar(1000) NULL,
        [Triage] nvarchar(40) NOT NULL,
        [TriageDueOn] date NOT NULL,
        [TriagedAt] datetime2 NULL,
        [TriagedBy] nvarchar(200) NULL,
        [TriageReasons] nvarchar(4000) NULL,
        [ReviewCaseId] uniqueidentifier NULL,
        [Version] int NOT NULL,
        [GradingHandling] nvarchar(40) NOT NULL,
        [GradingInformation] nvarchar(40) NOT NULL,
        [GradingSource] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_Concerns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Concerns_Licences_LicenceId] FOREIGN KEY ([LicenceId]) REFERENCES [Licences] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Concerns_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [Decisions] (
        [Id] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [LicenceId] uniqueidentifier NULL,
        [ApplicationId] uniqueidentifier NULL,
        [ReviewCaseId] uniqueidentifier NULL,
        [Kind] nvarchar(40) NOT NULL,
        [LicenceType] nvarchar(40) NOT NULL,
        [MakerKind] nvarchar(40) NOT NULL,
        [MakerName] nvarchar(200) NOT NULL,
        [MakerUserId] nvarchar(450) NULL,
        [Reasons] nvarchar(max) NOT NULL,
        [Grounds] nvarchar(40) NULL,
        [StatutoryPower] nvarchar(200) NULL,
        [StandardOfProof] nvarchar(200) NOT NULL,
        [PolicyVersion] nvarchar(40) NULL,
        [DecidedOn] date NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        [ImmediateEffect] bit NOT NULL,
        [PublicSafetyReasons] nvarchar(max) NULL,
        [SuspensionEndsOn] date NULL,
        [NoticeServedOn] date NULL,
        [AppealPeriodEndsOn] date NULL,
        [TakesEffectOn] date NULL,
        [TookEffectOn] date NULL,
        [SupersedesDecisionId] uniqueidentifier NULL,
        CONSTRAINT [PK_Decisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Decisions_Licences_LicenceId] FOREIGN KEY ([LicenceId]) REFERENCES [Licences] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Decisions_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ExpiryReminders] (
        [Id] uniqueidentifier NOT NULL,
        [LicenceId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [ExpiresOn] date NOT NULL,
        [WeeksBefore] int NOT NULL,
        [SentOn] date NOT NULL,
        [NoticeId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_ExpiryReminders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ExpiryReminders_Licences_LicenceId] FOREIGN KEY ([LicenceId]) REFERENCES [Licences] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ApplicationChecks] (
        [Id] uniqueidentifier NOT NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [EvidenceReference] nvarchar(200) NOT NULL,
        [CheckedOn] date NOT NULL,
        [IssuedOn] date NULL,
        [ValidUntil] date NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [BarredListsChecked] bit NULL,
        [DisclosedInformation] bit NULL,
        [LicenceHeldSince] date NULL,
        [Points] int NULL,
        [Endorsements] nvarchar(2000) NULL,
        [Notes] nvarchar(4000) NULL,
        [RecordedByUserId] nvarchar(450) NOT NULL,
        [RecordedByName] nvarchar(200) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ApplicationChecks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApplicationChecks_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ApplicationOffences] (
        [Id] uniqueidentifier NOT NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Description] nvarchar(2000) NOT NULL,
        [CategoryCode] nvarchar(60) NULL,
        [OffenceOn] date NULL,
        [ConvictedOn] date NULL,
        [Court] nvarchar(200) NULL,
        [Sentence] nvarchar(1000) NULL,
        [SentenceEndsOn] date NULL,
        [BanEndsOn] date NULL,
        [Points] int NULL,
        [Source] nvarchar(200) NULL,
        [RecordedByUserId] nvarchar(450) NOT NULL,
        [RecordedByName] nvarchar(200) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ApplicationOffences] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApplicationOffences_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ApplicationRegisterChecks] (
        [Id] uniqueidentifier NOT NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [SearchedAt] datetime2 NOT NULL,
        [SearchedOn] date NOT NULL,
        [SearchedByUserId] nvarchar(450) NOT NULL,
        [SearchedByName] nvarchar(200) NOT NULL,
        [SearchedFor] nvarchar(500) NOT NULL,
        [SearchReference] nvarchar(100) NULL,
        CONSTRAINT [PK_ApplicationRegisterChecks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApplicationRegisterChecks_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ConcernAttachments] (
        [Id] uniqueidentifier NOT NULL,
        [ConcernId] uniqueidentifier NOT NULL,
        [FileName] nvarchar(260) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [StoredAs] nvarchar(300) NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        [UploadedBy] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_ConcernAttachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConcernAttachments_Concerns_ConcernId] FOREIGN KEY ([ConcernId]) REFERENCES [Concerns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ConcernIdentifiers] (
        [Id] uniqueidentifier NOT NULL,
        [ConcernId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Value] nvarchar(300) NOT NULL,
        [SearchValue] nvarchar(300) NOT NULL,
        CONSTRAINT [PK_ConcernIdentifiers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConcernIdentifiers_Concerns_ConcernId] FOREIGN KEY ([ConcernId]) REFERENCES [Concerns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ConcernReferrals] (
        [Id] uniqueidentifier NOT NULL,
        [ConcernId] uniqueidentifier NOT NULL,
        [To] nvarchar(40) NOT NULL,
        [On] date NOT NULL,
        [Reference] nvarchar(100) NULL,
        CONSTRAINT [PK_ConcernReferrals] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConcernReferrals_Concerns_ConcernId] FOREIGN KEY ([ConcernId]) REFERENCES [Concerns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ReviewCases] (
        [Id] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [LicenceId] uniqueidentifier NULL,
        [Category] nvarchar(40) NOT NULL,
        [OfficerUserId] nvarchar(450) NOT NULL,
        [OfficerName] nvarchar(200) NOT NULL,
        [OpenedOn] date NOT NULL,
        [Stage] nvarchar(40) NOT NULL,
        [StageSince] date NOT NULL,
        [RepresentationsInvitedOn] date NULL,
        [RepresentationsDueOn] date NULL,
        [RepresentationsReceivedOn] date NULL,
        [Representations] nvarchar(max) NULL,
        [RepresentationsSkippedReasons] nvarchar(max) NULL,
        [Conclusion] nvarchar(max) NULL,
        [Recommendation] nvarchar(40) NULL,
        [RecommendationReasons] nvarchar(max) NULL,
        [RecommendedSuspensionEndsOn] date NULL,
        [RecommendImmediateEffect] bit NOT NULL,
        [RecommendedPublicSafetyReasons] nvarchar(max) NULL,
        [RecommendedConditions] nvarchar(max) NULL,
        [RecommendedOn] date NULL,
        [RecommendedBy] nvarchar(200) NULL,
        [ReferredOn] date NULL,
        [ReferralReasons] nvarchar(max) NULL,
        [Outcome] nvarchar(40) NULL,
        [OutcomeReasons] nvarchar(max) NULL,
        [OutcomeConditions] nvarchar(max) NULL,
        [DecidedOn] date NULL,
        [DecidedBy] nvarchar(300) NULL,
        [DecidedByKind] nvarchar(40) NULL,
        [DecisionId] uniqueidentifier NULL,
        [AppealLodgedOn] date NULL,
        [AppealCourt] nvarchar(200) NULL,
        [AppealHearingOn] date NULL,
        [AppealOutcome] nvarchar(40) NULL,
        [AppealDecidedOn] date NULL,
        [AppealNotes] nvarchar(max) NULL,
        [ClosedOn] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ReviewCases] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReviewCases_Decisions_DecisionId] FOREIGN KEY ([DecisionId]) REFERENCES [Decisions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReviewCases_Licences_LicenceId] FOREIGN KEY ([LicenceId]) REFERENCES [Licences] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_ReviewCases_People_PersonId] FOREIGN KEY ([PersonId]) REFERENCES [People] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ApplicationRegisterCheckSources] (
        [Id] uniqueidentifier NOT NULL,
        [RegisterCheckId] uniqueidentifier NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Outcome] nvarchar(40) NOT NULL,
        [Detail] nvarchar(1000) NULL,
        CONSTRAINT [PK_ApplicationRegisterCheckSources] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApplicationRegisterCheckSources_ApplicationRegisterChecks_RegisterCheckId] FOREIGN KEY ([RegisterCheckId]) REFERENCES [ApplicationRegisterChecks] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [ApplicationRegisterHits] (
        [Id] uniqueidentifier NOT NULL,
        [RegisterCheckId] uniqueidentifier NOT NULL,
        [ApplicationId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [RegisterReference] nvarchar(100) NOT NULL,
        [AuthorityCode] nvarchar(20) NOT NULL,
        [AuthorityName] nvarchar(200) NOT NULL,
        [Decision] nvarchar(40) NOT NULL,
        [DecisionDate] date NOT NULL,
        [LicenceType] nvarchar(60) NOT NULL,
        [Band] nvarchar(40) NOT NULL,
        [Score] float NOT NULL,
        [Reasons] nvarchar(1000) NOT NULL,
        [Contact] nvarchar(500) NULL,
        [DetailsRequestedAt] datetime2 NULL,
        [DetailsRequestedBy] nvarchar(200) NULL,
        [RequestNote] nvarchar(2000) NULL,
        [ReplyReceivedOn] date NULL,
        [Reply] nvarchar(max) NULL,
        [ReplyRecordedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ApplicationRegisterHits] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ApplicationRegisterHits_ApplicationRegisterChecks_RegisterCheckId] FOREIGN KEY ([RegisterCheckId]) REFERENCES [ApplicationRegisterChecks] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [Allegations] (
        [Id] uniqueidentifier NOT NULL,
        [ReviewCaseId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Text] nvarchar(4000) NOT NULL,
        [FromConcernIds] nvarchar(max) NOT NULL,
        [Proven] bit NULL,
        [FindingReasons] nvarchar(max) NULL,
        [EvidenceReliedOn] nvarchar(max) NOT NULL,
        [FoundOn] date NULL,
        [FoundBy] nvarchar(200) NULL,
        CONSTRAINT [PK_Allegations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Allegations_ReviewCases_ReviewCaseId] FOREIGN KEY ([ReviewCaseId]) REFERENCES [ReviewCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [EvidenceItems] (
        [Id] uniqueidentifier NOT NULL,
        [ReviewCaseId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [Source] nvarchar(300) NOT NULL,
        [ObtainedOn] date NOT NULL,
        [AddedBy] nvarchar(200) NOT NULL,
        [GradingHandling] nvarchar(40) NOT NULL,
        [GradingInformation] nvarchar(40) NOT NULL,
        [GradingSource] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_EvidenceItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EvidenceItems_ReviewCases_ReviewCaseId] FOREIGN KEY ([ReviewCaseId]) REFERENCES [ReviewCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [Hearings] (
        [Id] uniqueidentifier NOT NULL,
        [ReviewCaseId] uniqueidentifier NULL,
        [ApplicationId] uniqueidentifier NULL,
        [PersonId] uniqueidentifier NOT NULL,
        [HearingOn] date NOT NULL,
        [Time] nvarchar(20) NOT NULL,
        [Venue] nvarchar(300) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [LicenseeAttended] bit NULL,
        [RepresentedBy] nvarchar(300) NULL,
        [OthersPresent] nvarchar(1000) NULL,
        [Submissions] nvarchar(max) NULL,
        [AnnouncedReasons] nvarchar(max) NULL,
        [Findings] nvarchar(max) NULL,
        [DecisionRecordedBy] nvarchar(200) NULL,
        [DecisionRecordedAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Hearings] PRIMARY KEY ([Id]),
        CONSTRAINT [CK_Hearings_OneMatter] CHECK ((ReviewCaseId IS NULL AND ApplicationId IS NOT NULL) OR (ReviewCaseId IS NOT NULL AND ApplicationId IS NULL)),
        CONSTRAINT [FK_Hearings_Applications_ApplicationId] FOREIGN KEY ([ApplicationId]) REFERENCES [Applications] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Hearings_ReviewCases_ReviewCaseId] FOREIGN KEY ([ReviewCaseId]) REFERENCES [ReviewCases] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [Interviews] (
        [Id] uniqueidentifier NOT NULL,
        [ReviewCaseId] uniqueidentifier NOT NULL,
        [HeldOn] date NOT NULL,
        [Interviewee] nvarchar(200) NOT NULL,
        [Present] nvarchar(500) NOT NULL,
        [Summary] nvarchar(max) NOT NULL,
        [RecordedBy] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_Interviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Interviews_ReviewCases_ReviewCaseId] FOREIGN KEY ([ReviewCaseId]) REFERENCES [ReviewCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [RepresentationsExtensions] (
        [Id] uniqueidentifier NOT NULL,
        [ReviewCaseId] uniqueidentifier NOT NULL,
        [GrantedOn] date NOT NULL,
        [PreviousDueOn] date NOT NULL,
        [NewDueOn] date NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        CONSTRAINT [PK_RepresentationsExtensions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RepresentationsExtensions_ReviewCases_ReviewCaseId] FOREIGN KEY ([ReviewCaseId]) REFERENCES [ReviewCases] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE TABLE [HearingMembers] (
        [Id] uniqueidentifier NOT NULL,
        [HearingId] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [IsChair] bit NOT NULL,
        CONSTRAINT [PK_HearingMembers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_HearingMembers_Hearings_HearingId] FOREIGN KEY ([HearingId]) REFERENCES [Hearings] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Counter') AND [object_id] = OBJECT_ID(N'[AuditChainHeads]'))
        SET IDENTITY_INSERT [AuditChainHeads] ON;
    EXEC(N'INSERT INTO [AuditChainHeads] ([Id], [Counter])
    VALUES (1, CAST(0 AS bigint))');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Counter') AND [object_id] = OBJECT_ID(N'[AuditChainHeads]'))
        SET IDENTITY_INSERT [AuditChainHeads] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Date', N'Title') AND [object_id] = OBJECT_ID(N'[BankHolidays]'))
        SET IDENTITY_INSERT [BankHolidays] ON;
    EXEC(N'INSERT INTO [BankHolidays] ([Date], [Title])
    VALUES (''2025-01-01'', N''New Year’s Day''),
    (''2025-04-18'', N''Good Friday''),
    (''2025-04-21'', N''Easter Monday''),
    (''2025-05-05'', N''Early May bank holiday''),
    (''2025-05-26'', N''Spring bank holiday''),
    (''2025-08-25'', N''Summer bank holiday''),
    (''2025-12-25'', N''Christmas Day''),
    (''2025-12-26'', N''Boxing Day''),
    (''2026-01-01'', N''New Year’s Day''),
    (''2026-04-03'', N''Good Friday''),
    (''2026-04-06'', N''Easter Monday''),
    (''2026-05-04'', N''Early May bank holiday''),
    (''2026-05-25'', N''Spring bank holiday''),
    (''2026-08-31'', N''Summer bank holiday''),
    (''2026-12-25'', N''Christmas Day''),
    (''2026-12-28'', N''Boxing Day''),
    (''2027-01-01'', N''New Year’s Day''),
    (''2027-03-26'', N''Good Friday''),
    (''2027-03-29'', N''Easter Monday''),
    (''2027-05-03'', N''Early May bank holiday''),
    (''2027-05-31'', N''Spring bank holiday''),
    (''2027-08-30'', N''Summer bank holiday''),
    (''2027-12-27'', N''Christmas Day''),
    (''2027-12-28'', N''Boxing Day'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Date', N'Title') AND [object_id] = OBJECT_ID(N'[BankHolidays]'))
        SET IDENTITY_INSERT [BankHolidays] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Body', N'CreatedAt', N'CreatedBy', N'Kind', N'TemplateVersion', N'Title') AND [object_id] = OBJECT_ID(N'[NoticeTemplates]'))
        SET IDENTITY_INSERT [NoticeTemplates] ON;
    EXEC(N'INSERT INTO [NoticeTemplates] ([Id], [Body], [CreatedAt], [CreatedBy], [Kind], [TemplateVersion], [Title])
    VALUES (''0195a000-0000-7000-8000-000000000001'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''{{AuthorityName}} has refused your application for a {{LicenceType}} licence. This notice gives the grounds for the refusal and tells you how you can appeal.'', nchar(10), nchar(10), N''# The decision'', nchar(10), N''= Licence | {{LicenceType}} licence {{LicenceNumber}}'', nchar(10), N''= Power used | {{StatutoryPower}}'', nchar(10), N''= Date of decision | {{DecisionDate}}'', nchar(10), N''= Decided by | {{DecidedBy}}'', nchar(10), N''= Reference | {{Reference}}'', nchar(10), nchar(10), N''# The grounds for the refusal'', nchar(10), N''{{Grounds}}'', nchar(10), nchar(10), N''# When the decision takes effect'', nchar(10), N''{{TakesEffect}}'', nchar(10), nchar(10), N''# Your right of appeal'', nchar(10), N''You have a right of appeal against this decision to {{AppealCourt}}. An appeal must be made within 21 days beginning with the day this notice is given to you (Local Government (Miscellaneous Provisions) Act 1976, s.77). Please quote reference {{Reference}}. You may wish to take independent legal advice.'', nchar(10), nchar(10), N''If you do not appeal within 21 days, the decision stands.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''Refusal'', 1, N''Notice of refusal of your application for a {{LicenceType}} licence''),
    (''0195a000-0000-7000-8000-000000000002'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''{{AuthorityName}} has decided not to renew your {{LicenceType}} licence number {{LicenceNumber}}. This notice gives the grounds for the decision, tells you when it takes effect and how you can appeal.'', nchar(10), nchar(10), N''# The decision'', nchar(10), N''= Licence | {{LicenceType}} licence {{LicenceNumber}}'', nchar(10), N''= Power used | {{StatutoryPower}}'', nchar(10), N''= Date of decision | {{DecisionDate}}'', nchar(10), N''= Decided by | {{DecidedBy}}'', nchar(10), N''= Reference | {{Reference}}'', nchar(10), nchar(10), N''# The grounds for the decision'', nchar(10), N''{{Grounds}}'', nchar(10), nchar(10), N''# When the decision takes effect'', nchar(10), N''! {{TakesEffect}}'', nchar(10), nchar(10), N''# Return of your badge'', nchar(10), N''{{ReturnOfBadge}}'', nchar(10), nchar(10), N''# Your right of appeal'', nchar(10), N''You have a right of appeal against this decision to {{AppealCourt}}. An appeal must be made within 21 days beginning with the day this notice is given to you (Local Government (Miscellaneous Provisions) Act 1976, s.77). Please quote reference {{Reference}}. You may wish to take independent legal advice.'', nchar(10), nchar(10), N''If you do not appeal within 21 days, the decision stands.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''RefusalToRenew'', 1, N''Notice of refusal to renew your {{LicenceType}} licence''),
    (''0195a000-0000-7000-8000-000000000003'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''{{AuthorityName}} has decided to suspend your {{LicenceType}} licence number {{LicenceNumber}} {{SuspensionEnds}}. This notice gives the grounds for the decision, tells you when it takes effect and how you can appeal.'', nchar(10), nchar(10), N''# The decision'', nchar(10), N''= Licence | {{LicenceType}} licence {{LicenceNumber}}'', nchar(10), N''= Power used | {{StatutoryPower}}'', nchar(10), N''= Date of decision | {{DecisionDate}}'', nchar(10), N''= Decided by | {{DecidedBy}}'', nchar(10), N''= Reference | {{Reference}}'', nchar(10), nchar(10), N''# The grounds for the decision'', nchar(10), N''{{Grounds}}'', nchar(10), nchar(10), N''# When the decision takes effect'', nchar(10), N''! {{TakesEffect}}'', nchar(10), nchar(10), N''# Return of your badge'', nchar(10), N''{{ReturnOfBadge}}'', nchar(10), nchar(10), N''# Your right of appeal'', nchar(10), N''You have a right of appeal against this decision to {{AppealCourt}}. An appeal must be made within 21 days beginning with the day this notice is given to you (Local Government (Miscellaneous Provisions) Act 1976, s.77). Please quote reference {{Reference}}. You may wish to take independent legal advice.'', nchar(10), nchar(10), N''If you do not appeal within 21 days, the decision stands.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''Suspension'', 1, N''Notice of suspension of your {{LicenceType}} licence''),
    (''0195a000-0000-7000-8000-000000000004'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''{{AuthorityName}} has decided to revoke your {{LicenceType}} licence number {{LicenceNumber}}. This notice gives the grounds for the decision, tells you when it takes effect and how you can appeal.'', nchar(10), nchar(10), N''# The decision'', nchar(10), N''= Licence | {{LicenceType}} licence {{LicenceNumber}}'', nchar(10), N''= Power used | {{StatutoryPower}}'', nchar(10), N''= Date of decision | {{DecisionDate}}'', nchar(10), N''= Decided by | {{DecidedBy}}'', nchar(10), N''= Reference | {{Reference}}'', nchar(10), nchar(10), N''# The grounds for the decision'', nchar(10), N''{{Grounds}}'', nchar(10), nchar(10), N''# When the decision takes effect'', nchar(10), N''! {{TakesEffect}}'', nchar(10), nchar(10), N''# Return of your badge'', nchar(10), N''{{ReturnOfBadge}}'', nchar(10), nchar(10), N''# Your right of appeal'', nchar(10), N''You have a right of appeal against this decision to {{AppealCourt}}. An appeal must be made within 21 days beginning with the day this notice is given to you (Local Government (Miscellaneous Provisions) Act 1976, s.77). Please quote reference {{Reference}}. You may wish to take independent legal advice.'', nchar(10), nchar(10), N''If you do not appeal within 21 days, the decision stands.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''Revocation'', 1, N''Notice of revocation of your {{LicenceType}} licence''),
    (''0195a000-0000-7000-8000-000000000005'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''The council is considering whether you remain a fit and proper person to hold {{LicenceType}} licence number {{LicenceNumber}}. No decision has been made. Before one is, you may tell us anything you want us to take into account.'', nchar(10), nchar(10), N''# What the council has been told'', nchar(10), N''{{Body}}'', nchar(10), nchar(10), N''# How to respond'', nchar(10), N''Please send your written representations by {{RepresentationsBy}}, quoting reference {{Reference}}. You may include statements from other people and any documents you wish us to consider, and you may ask to meet the licensing officer. If we do not hear from you by then, a decision may be made on the information we hold.'', nchar(10), nchar(10), N''The council decides on the balance of probabilities: whether it is more likely than not that something happened.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''RepresentationsInvitation'', 1, N''Invitation to make representations about your {{LicenceType}} licence''),
    (''0195a000-0000-7000-8000-000000000006'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''{{Body}}'', nchar(10), nchar(10), N''This letter is a formal warning. It will be kept on your licensing record and may be taken into account if further matters come to the council''''s attention, including when your licence is next renewed. Reference {{Reference}}.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''WarningLetter'', 1, N''Warning about your conduct as a licence holder''),
    (''0195a000-0000-7000-8000-000000000007'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''The licensing sub-committee will consider your {{LicenceType}} licence number {{LicenceNumber}} at a hearing. You are invited to attend and to make representations.'', nchar(10), nchar(10), N''= Date and time | {{HearingDate}}'', nchar(10), N''= Place | {{HearingPlace}}'', nchar(10), N''= Reference | {{Reference}}'', nchar(10), nchar(10), N''{{Body}}'', nchar(10), nchar(10), N''You may bring a representative (for example a solicitor, a trade union representative or a friend) and witnesses. You will receive the hearing pack, with the report and the evidence the sub-committee will read, before the hearing. If you cannot attend, tell us as soon as possible; the sub-committee may decide in your absence.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''HearingInvitation'', 1, N''Invitation to a hearing of the licensing sub-committee''),
    (''0195a000-0000-7000-8000-000000000008'', CONCAT(CAST(N''= Licence | {{LicenceType}} licence {{LicenceNumber}}'' AS nvarchar(max)), nchar(10), N''= Reference | {{Reference}}'', nchar(10), nchar(10), N''{{Sections}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''HearingPack'', 1, N''Licensing sub-committee hearing pack: {{LicenseeName}}''),
    (''0195a000-0000-7000-8000-000000000009'', CONCAT(CAST(N''{{AuthorityName}} grants this licence under the Local Government (Miscellaneous Provisions) Act 1976 and the Town Police Clauses Act 1847, subject to the conditions below.'' AS nvarchar(max)), nchar(10), nchar(10), N''{{Particulars}}'', nchar(10), nchar(10), N''This licence remains the property of the council. It must be returned if it is suspended, revoked or not renewed. Reference {{Reference}}.'', nchar(10), nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''LicenceDocument'', 1, N''{{LicenceType}} licence {{LicenceNumber}}''),
    (''0195a000-0000-7000-8000-00000000000a'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''Your {{LicenceType}} licence number {{LicenceNumber}} expires on {{ExpiresOn}}. To keep working you must apply to renew it before then; allow time for the checks.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''ExpiryReminder'', 1, N''Your {{LicenceType}} licence is due to expire'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Body', N'CreatedAt', N'CreatedBy', N'Kind', N'TemplateVersion', N'Title') AND [object_id] = OBJECT_ID(N'[NoticeTemplates]'))
        SET IDENTITY_INSERT [NoticeTemplates] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ChangeNote', N'CreatedAt', N'CreatedBy', N'EffectiveFrom', N'Label') AND [object_id] = OBJECT_ID(N'[PolicyVersions]'))
        SET IDENTITY_INSERT [PolicyVersions] ON;
    EXEC(N'INSERT INTO [PolicyVersions] ([Id], [ChangeNote], [CreatedAt], [CreatedBy], [EffectiveFrom], [Label])
    VALUES (''0191f000-0000-7000-8000-000000000001'', N''The Institute of Licensing''''s guidance on determining the suitability of applicants and licensees (2018), as summarised in DOMAIN.md.'', ''2018-04-01T00:00:00.0000000Z'', N''Shipped default (Institute of Licensing, April 2018)'', ''2018-04-01'', N''2018-IoL-1'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'ChangeNote', N'CreatedAt', N'CreatedBy', N'EffectiveFrom', N'Label') AND [object_id] = OBJECT_ID(N'[PolicyVersions]'))
        SET IDENTITY_INSERT [PolicyVersions] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'Description', N'Grounds', N'PolicyVersionId', N'Position', N'Presumption', N'Unverified', N'Years') AND [object_id] = OBJECT_ID(N'[PolicyRows]'))
        SET IDENTITY_INSERT [PolicyRows] ON;
    EXEC(N'INSERT INTO [PolicyRows] ([Id], [Code], [Description], [Grounds], [PolicyVersionId], [Position], [Presumption], [Unverified], [Years])
    VALUES (''0191f000-0000-7000-8000-100000000000'', N''death-or-serious-injury'', N''Crime resulting in death, or intended to cause death or serious injury'', N''Violence'', ''0191f000-0000-7000-8000-000000000001'', 0, N''Never'', CAST(0 AS bit), NULL),
    (''0191f000-0000-7000-8000-100000000001'', N''exploitation'', N''Exploitation (child sexual abuse and exploitation, grooming, trafficking, slavery)'', N''Safeguarding'', ''0191f000-0000-7000-8000-000000000001'', 1, N''Never'', CAST(0 AS bit), NULL),
    (''0191f000-0000-7000-8000-100000000002'', N''sexual-indecency'', N''Sexual or indecency offence; on the sex offenders register or a barred list'', N''SexualMisconduct'', ''0191f000-0000-7000-8000-000000000001'', 2, N''Never'', CAST(1 AS bit), NULL),
    (''0191f000-0000-7000-8000-100000000003'', N''violence'', N''Violence against the person'', N''Violence'', ''0191f000-0000-7000-8000-000000000001'', 3, N''YearsFromSentenceEnd'', CAST(0 AS bit), 10),
    (''0191f000-0000-7000-8000-100000000004'', N''drug-supply'', N''Supply of drugs'', N''Drugs'', ''0191f000-0000-7000-8000-000000000001'', 4, N''YearsFromSentenceEnd'', CAST(1 AS bit), 10),
    (''0191f000-0000-7000-8000-100000000005'', N''weapon'', N''Possession of a weapon'', N''Violence'', ''0191f000-0000-7000-8000-000000000001'', 5, N''YearsFromSentenceEnd'', CAST(1 AS bit), 7),
    (''0191f000-0000-7000-8000-100000000006'', N''dishonesty'', N''Dishonesty'', N''Dishonesty'', ''0191f000-0000-7000-8000-000000000001'', 6, N''YearsFromSentenceEnd'', CAST(1 AS bit), 7),
    (''0191f000-0000-7000-8000-100000000007'', N''discrimination'', N''Discrimination'', N''Other'', ''0191f000-0000-7000-8000-000000000001'', 7, N''YearsFromSentenceEnd'', CAST(1 AS bit), 7),
    (''0191f000-0000-7000-8000-100000000008'', N''drink-drug-driving'', N''Drink or drug driving (from the end of the sentence or driving ban)'', N''Driving'', ''0191f000-0000-7000-8000-000000000001'', 8, N''YearsFromSentenceEnd'', CAST(1 AS bit), 7),
    (''0191f000-0000-7000-8000-100000000009'', N''major-traffic'', N''Major traffic offences'', N''Driving'', ''0191f000-0000-7000-8000-000000000001'', 9, N''YearsFromSentenceEnd'', CAST(1 AS bit), 7),
    (''0191f000-0000-7000-8000-100000000010'', N''taxi-offences'', N''Hackney carriage and private hire offences'', N''Other'', ''0191f000-0000-7000-8000-000000000001'', 10, N''YearsFromSentenceEnd'', CAST(1 AS bit), 7),
    (''0191f000-0000-7000-8000-100000000011'', N''drug-possession'', N''Possession of drugs'', N''Drugs'', ''0191f000-0000-7000-8000-000000000001'', 11, N''YearsFromSentenceEnd'', CAST(1 AS bit), 5),
    (''0191f000-0000-7000-8000-100000000012'', N''phone-driving'', N''Hand-held phone while driving'', N''Driving'', ''0191f000-0000-7000-8000-000000000001'', 12, N''LaterOfConvictionOrBanEnd'', CAST(0 AS bit), 5),
    (''0191f000-0000-7000-8000-100000000013'', N''minor-traffic'', N''Minor traffic offences (7 or more points)'', N''Driving'', ''0191f000-0000-7000-8000-000000000001'', 13, N''YearsFromSentenceEnd'', CAST(1 AS bit), 5)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Code', N'Description', N'Grounds', N'PolicyVersionId', N'Position', N'Presumption', N'Unverified', N'Years') AND [object_id] = OBJECT_ID(N'[PolicyRows]'))
        SET IDENTITY_INSERT [PolicyRows] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Allegations_ReviewCaseId] ON [Allegations] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ApiKeys_KeyHash] ON [ApiKeys] ([KeyHash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApiKeys_PartnerAuthorityId] ON [ApiKeys] ([PartnerAuthorityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationChecks_ApplicationId] ON [ApplicationChecks] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationChecks_PersonId] ON [ApplicationChecks] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationOffences_ApplicationId] ON [ApplicationOffences] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationOffences_PersonId] ON [ApplicationOffences] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterChecks_ApplicationId] ON [ApplicationRegisterChecks] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterChecks_PersonId] ON [ApplicationRegisterChecks] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterCheckSources_RegisterCheckId] ON [ApplicationRegisterCheckSources] ([RegisterCheckId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterHits_ApplicationId] ON [ApplicationRegisterHits] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterHits_RegisterCheckId] ON [ApplicationRegisterHits] ([RegisterCheckId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Applications_OfficerUserId] ON [Applications] ([OfficerUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Applications_PersonId] ON [Applications] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Applications_Reference] ON [Applications] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Applications_RenewsLicenceId] ON [Applications] ([RenewsLicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Applications_Status_AssessedAt] ON [Applications] ([Status], [AssessedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_Id] ON [AuditEntries] ([EntityType], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId] ON [AuditEntries] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ConcernAttachments_ConcernId] ON [ConcernAttachments] ([ConcernId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ConcernIdentifiers_ConcernId] ON [ConcernIdentifiers] ([ConcernId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ConcernIdentifiers_SearchValue] ON [ConcernIdentifiers] ([SearchValue]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ConcernReferrals_ConcernId] ON [ConcernReferrals] ([ConcernId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Concerns_LicenceId] ON [Concerns] ([LicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Concerns_PersonId] ON [Concerns] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Concerns_Reference] ON [Concerns] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Concerns_ReviewCaseId] ON [Concerns] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Concerns_Triage_Category] ON [Concerns] ([Triage], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_LicenceId] ON [Decisions] ([LicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_PersonId] ON [Decisions] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_TakesEffectOn] ON [Decisions] ([TakesEffectOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_DetailsRequests_RegisterEntryId] ON [DetailsRequests] ([RegisterEntryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_DetailsRequests_Status] ON [DetailsRequests] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_EvidenceItems_ReviewCaseId] ON [EvidenceItems] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ExpiryReminders_LicenceId_ExpiresOn_WeeksBefore] ON [ExpiryReminders] ([LicenceId], [ExpiresOn], [WeeksBefore]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpiryReminders_PersonId] ON [ExpiryReminders] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_HearingMembers_HearingId] ON [HearingMembers] ([HearingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_HearingMembers_UserId_HearingId] ON [HearingMembers] ([UserId], [HearingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Hearings_ApplicationId] ON [Hearings] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Hearings_HearingOn] ON [Hearings] ([HearingOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Hearings_ReviewCaseId] ON [Hearings] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Interviews_ReviewCaseId] ON [Interviews] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_JobRuns_JobName_StartedAt] ON [JobRuns] ([JobName], [StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_HolderId] ON [Licences] ([HolderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Licences_Number] ON [Licences] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchBadgeNumber] ON [Licences] ([SearchBadgeNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchNumber] ON [Licences] ([SearchNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchRegistration] ON [Licences] ([SearchRegistration]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_Status_ExpiresOn] ON [Licences] ([Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_DecisionId] ON [Notices] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_PersonId] ON [Notices] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_Reference] ON [Notices] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_Status] ON [Notices] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NoticeTemplates_Kind_TemplateVersion] ON [NoticeTemplates] ([Kind], [TemplateVersion]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessages_MessageId] ON [OutboxMessages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_NoticeId] ON [OutboxMessages] ([NoticeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_Status_NextAttemptAt] ON [OutboxMessages] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PartnerAuthorities_Code] ON [PartnerAuthorities] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_PartnerReferrals_ConcernId] ON [PartnerReferrals] ([ConcernId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_PartnerReferrals_PersonId] ON [PartnerReferrals] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_PartnerReferrals_ReceivedAt] ON [PartnerReferrals] ([ReceivedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DateOfBirth] ON [People] ([DateOfBirth]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DrivingLicenceNumber] ON [People] ([DrivingLicenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchPhone] ON [People] ([SearchPhone]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchSurname] ON [People] ([SearchSurname]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PolicyRows_PolicyVersionId_Code] ON [PolicyRows] ([PolicyVersionId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PolicyVersions_Label] ON [PolicyVersions] ([Label]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_RegisterEntries_DecisionDate] ON [RegisterEntries] ([DecisionDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_RegisterEntries_DecisionId] ON [RegisterEntries] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_RegisterEntries_PersonId] ON [RegisterEntries] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RegisterEntries_Reference] ON [RegisterEntries] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_RegisterMatchKeys_EntryId] ON [RegisterMatchKeys] ([EntryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_RegisterSearches_SearchedAt] ON [RegisterSearches] ([SearchedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_RepresentationsExtensions_ReviewCaseId] ON [RepresentationsExtensions] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_DecisionId] ON [ReviewCases] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_LicenceId] ON [ReviewCases] ([LicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_PersonId] ON [ReviewCases] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReviewCases_Reference] ON [ReviewCases] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_Stage_OpenedOn] ON [ReviewCases] ([Stage], [OpenedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_TeamTasks_ClosedAt_ForRole] ON [TeamTasks] ([ClosedAt], [ForRole]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TeamTasks_Key] ON [TeamTasks] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    CREATE INDEX [IX_TeamTasks_PersonId] ON [TeamTasks] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128140557_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128140557_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128173743_SuspensionPeriods'
)
BEGIN
    ALTER TABLE [ReviewCases] ADD [RecommendedSuspensionLength] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128173743_SuspensionPeriods'
)
BEGIN
    ALTER TABLE [ReviewCases] ADD [RecommendedSuspensionUnit] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128173743_SuspensionPeriods'
)
BEGIN
    ALTER TABLE [Decisions] ADD [SuspensionLength] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128173743_SuspensionPeriods'
)
BEGIN
    ALTER TABLE [Decisions] ADD [SuspensionUnit] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128173743_SuspensionPeriods'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128173743_SuspensionPeriods', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128180238_ReferenceSeries'
)
BEGIN
    CREATE TABLE [ReferenceSeries] (
        [Prefix] nvarchar(40) NOT NULL,
        [Last] int NOT NULL,
        CONSTRAINT [PK_ReferenceSeries] PRIMARY KEY ([Prefix])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128180238_ReferenceSeries'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128180238_ReferenceSeries', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128183119_ReferralOutcomeTookEffect'
)
BEGIN
    ALTER TABLE [PartnerReferrals] ADD [OutcomeTookEffectOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128183119_ReferralOutcomeTookEffect'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128183119_ReferralOutcomeTookEffect', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128203136_UniqueLicenceNumbers'
)
BEGIN
    DECLARE @clashes nvarchar(max) = (
        SELECT STRING_AGG(CONVERT(nvarchar(max), [Clash]), N'; ') FROM (
            SELECT N'licence number ' + MIN([Number]) + N' is on licences ' + STRING_AGG([Number], N', ') AS [Clash]
            FROM [Licences] GROUP BY [SearchNumber] HAVING COUNT(*) > 1
            UNION ALL
            SELECT N'badge number ' + MIN([BadgeNumber]) + N' is on licences ' + STRING_AGG([Number], N', ')
            FROM [Licences] WHERE [SearchBadgeNumber] IS NOT NULL GROUP BY [SearchBadgeNumber] HAVING COUNT(*) > 1
        ) AS [Clashes]);
    IF @clashes IS NOT NULL
    BEGIN
        SET @clashes = LEFT(N'The database was not upgraded and nothing in it was changed: licence and badge numbers must be unique, and these are used more than once. Give each licence its own number, then run the script again. ' + @clashes, 2000);
        THROW 50000, @clashes, 1;
    END;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128203136_UniqueLicenceNumbers'
)
BEGIN
    DROP INDEX [IX_Licences_SearchBadgeNumber] ON [Licences];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128203136_UniqueLicenceNumbers'
)
BEGIN
    DROP INDEX [IX_Licences_SearchNumber] ON [Licences];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128203136_UniqueLicenceNumbers'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Licences_SearchBadgeNumber] ON [Licences] ([SearchBadgeNumber]) WHERE [SearchBadgeNumber] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128203136_UniqueLicenceNumbers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Licences_SearchNumber] ON [Licences] ([SearchNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128203136_UniqueLicenceNumbers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128203136_UniqueLicenceNumbers', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128211239_ConditionsLetter'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Body', N'CreatedAt', N'CreatedBy', N'Kind', N'TemplateVersion', N'Title') AND [object_id] = OBJECT_ID(N'[NoticeTemplates]'))
        SET IDENTITY_INSERT [NoticeTemplates] ON;
    EXEC(N'INSERT INTO [NoticeTemplates] ([Id], [Body], [CreatedAt], [CreatedBy], [Kind], [TemplateVersion], [Title])
    VALUES (''0195a000-0000-7000-8000-00000000000b'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''We have reviewed your {{LicenceType}} licence number {{LicenceNumber}}.'', nchar(10), nchar(10), N''{{Body}}'', nchar(10), nchar(10), N''These conditions are now part of your licence, with those it already had. Not keeping to a condition of your licence may lead to its suspension or revocation. Reference {{Reference}}.'', nchar(10), nchar(10), N''# If you disagree'', nchar(10), N''If you are unhappy with conditions attached to your licence you may be able to appeal to a magistrates'''' court. The time allowed is short (21 days), so act promptly. Please quote reference {{Reference}}. You may wish to take independent legal advice.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''ConditionsLetter'', 1, N''Conditions added to your {{LicenceType}} licence'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Body', N'CreatedAt', N'CreatedBy', N'Kind', N'TemplateVersion', N'Title') AND [object_id] = OBJECT_ID(N'[NoticeTemplates]'))
        SET IDENTITY_INSERT [NoticeTemplates] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128211239_ConditionsLetter'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128211239_ConditionsLetter', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128225046_HearingAdjournment'
)
BEGIN
    ALTER TABLE [Notices] ADD [WithdrawnReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128225046_HearingAdjournment'
)
BEGIN
    ALTER TABLE [Hearings] ADD [AdjournedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128225046_HearingAdjournment'
)
BEGIN
    ALTER TABLE [Hearings] ADD [AdjournedBy] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128225046_HearingAdjournment'
)
BEGIN
    ALTER TABLE [Hearings] ADD [AdjournmentReasons] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128225046_HearingAdjournment'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128225046_HearingAdjournment', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128231051_DocumentReturns'
)
BEGIN
    CREATE TABLE [DocumentReturns] (
        [Id] uniqueidentifier NOT NULL,
        [LicenceId] uniqueidentifier NOT NULL,
        [DecisionId] uniqueidentifier NOT NULL,
        [PersonId] uniqueidentifier NULL,
        [Returned] bit NOT NULL,
        [ReturnedOn] date NULL,
        [Note] nvarchar(2000) NULL,
        [RecordedBy] nvarchar(200) NOT NULL,
        [RecordedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_DocumentReturns] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_DocumentReturns_Decisions_DecisionId] FOREIGN KEY ([DecisionId]) REFERENCES [Decisions] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_DocumentReturns_Licences_LicenceId] FOREIGN KEY ([LicenceId]) REFERENCES [Licences] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128231051_DocumentReturns'
)
BEGIN
    CREATE INDEX [IX_DocumentReturns_DecisionId] ON [DocumentReturns] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128231051_DocumentReturns'
)
BEGIN
    CREATE UNIQUE INDEX [IX_DocumentReturns_LicenceId_DecisionId] ON [DocumentReturns] ([LicenceId], [DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128231051_DocumentReturns'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128231051_DocumentReturns', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128232351_OneScheduledHearing'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Hearings_OneScheduledPerApplication] ON [Hearings] ([ApplicationId]) WHERE Status = ''Scheduled'' AND ApplicationId IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128232351_OneScheduledHearing'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Hearings_OneScheduledPerCase] ON [Hearings] ([ReviewCaseId]) WHERE Status = ''Scheduled'' AND ReviewCaseId IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128232351_OneScheduledHearing'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128232351_OneScheduledHearing', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128233455_HearingAdjournedLetter'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Body', N'CreatedAt', N'CreatedBy', N'Kind', N'TemplateVersion', N'Title') AND [object_id] = OBJECT_ID(N'[NoticeTemplates]'))
        SET IDENTITY_INSERT [NoticeTemplates] ON;
    EXEC(N'INSERT INTO [NoticeTemplates] ([Id], [Body], [CreatedAt], [CreatedBy], [Kind], [TemplateVersion], [Title])
    VALUES (''0195a000-0000-7000-8000-00000000000c'', CONCAT(CAST(N''Dear {{LicenseeName}}'' AS nvarchar(max)), nchar(10), nchar(10), N''The hearing of the licensing sub-committee about your {{LicenceType}} licence number {{LicenceNumber}}, arranged for {{HearingDate}} at {{HearingPlace}}, has been adjourned. It will not take place then, and you do not need to attend.'', nchar(10), nchar(10), N''= Reference | {{Reference}}'', nchar(10), nchar(10), N''{{Body}}'', nchar(10), nchar(10), N''We will write to you with the date, time and place of the new hearing. You will again be able to attend, bring a representative and make representations.'', nchar(10), nchar(10), N''If you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.'', nchar(10), nchar(10), N''Yours sincerely'', nchar(10), N''{{Signatory}}'', nchar(10), N''for and on behalf of {{AuthorityName}}''), ''2026-01-01T00:00:00.0000000Z'', N''Built-in default'', N''HearingAdjourned'', 1, N''Licensing sub-committee hearing adjourned'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Body', N'CreatedAt', N'CreatedBy', N'Kind', N'TemplateVersion', N'Title') AND [object_id] = OBJECT_ID(N'[NoticeTemplates]'))
        SET IDENTITY_INSERT [NoticeTemplates] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128233455_HearingAdjournedLetter'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128233455_HearingAdjournedLetter', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129014323_OneCorrectionPerNotice'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Notices_OneCorrectionPerNotice] ON [Notices] ([ReplacesNoticeId]) WHERE ReplacesNoticeId IS NOT NULL AND Status <> ''Withdrawn''');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129014323_OneCorrectionPerNotice'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129014323_OneCorrectionPerNotice', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129020847_EmailConsentAddress'
)
BEGIN
    ALTER TABLE [People] ADD [EmailServiceAgreedFor] nvarchar(320) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129020847_EmailConsentAddress'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129020847_EmailConsentAddress', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129020849_ConcernRegradings'
)
BEGIN
    CREATE TABLE [ConcernRegradings] (
        [Id] uniqueidentifier NOT NULL,
        [ConcernId] uniqueidentifier NOT NULL,
        [FromCode] nvarchar(3) NOT NULL,
        [ToCode] nvarchar(3) NOT NULL,
        [Reasons] nvarchar(4000) NOT NULL,
        [RegradedBy] nvarchar(200) NOT NULL,
        [RegradedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ConcernRegradings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ConcernRegradings_Concerns_ConcernId] FOREIGN KEY ([ConcernId]) REFERENCES [Concerns] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129020849_ConcernRegradings'
)
BEGIN
    CREATE INDEX [IX_ConcernRegradings_ConcernId] ON [ConcernRegradings] ([ConcernId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261129020849_ConcernRegradings'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261129020849_ConcernRegradings', N'10.0.15');
END;

COMMIT;
GO

