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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
        CONSTRAINT [PK_Notices] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE TABLE [Hearings] (
        [Id] uniqueidentifier NOT NULL,
        [ReviewCaseId] uniqueidentifier NOT NULL,
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
        [DecisionRecordedBy] nvarchar(200) NULL,
        [DecisionRecordedAt] datetime2 NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Hearings] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Hearings_ReviewCases_ReviewCaseId] FOREIGN KEY ([ReviewCaseId]) REFERENCES [ReviewCases] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
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
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Allegations_ReviewCaseId] ON [Allegations] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId] ON [AuditEntries] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_ConcernAttachments_ConcernId] ON [ConcernAttachments] ([ConcernId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_ConcernIdentifiers_ConcernId] ON [ConcernIdentifiers] ([ConcernId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_ConcernIdentifiers_SearchValue] ON [ConcernIdentifiers] ([SearchValue]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_ConcernReferrals_ConcernId] ON [ConcernReferrals] ([ConcernId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Concerns_LicenceId] ON [Concerns] ([LicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Concerns_PersonId] ON [Concerns] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Concerns_Reference] ON [Concerns] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Concerns_ReviewCaseId] ON [Concerns] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Concerns_Triage_Category] ON [Concerns] ([Triage], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_LicenceId] ON [Decisions] ([LicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_PersonId] ON [Decisions] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_TakesEffectOn] ON [Decisions] ([TakesEffectOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_EvidenceItems_ReviewCaseId] ON [EvidenceItems] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_HearingMembers_HearingId] ON [HearingMembers] ([HearingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_HearingMembers_UserId_HearingId] ON [HearingMembers] ([UserId], [HearingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Hearings_HearingOn] ON [Hearings] ([HearingOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Hearings_ReviewCaseId] ON [Hearings] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Interviews_ReviewCaseId] ON [Interviews] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_HolderId] ON [Licences] ([HolderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Licences_Number] ON [Licences] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchBadgeNumber] ON [Licences] ([SearchBadgeNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchNumber] ON [Licences] ([SearchNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchRegistration] ON [Licences] ([SearchRegistration]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_Status_ExpiresOn] ON [Licences] ([Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_DecisionId] ON [Notices] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_PersonId] ON [Notices] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DateOfBirth] ON [People] ([DateOfBirth]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DrivingLicenceNumber] ON [People] ([DrivingLicenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchPhone] ON [People] ([SearchPhone]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchSurname] ON [People] ([SearchSurname]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_RepresentationsExtensions_ReviewCaseId] ON [RepresentationsExtensions] ([ReviewCaseId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_DecisionId] ON [ReviewCases] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_LicenceId] ON [ReviewCases] ([LicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_PersonId] ON [ReviewCases] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReviewCases_Reference] ON [ReviewCases] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    CREATE INDEX [IX_ReviewCases_Stage_OpenedOn] ON [ReviewCases] ([Stage], [OpenedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128102603_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128102603_Initial', N'10.0.15');
END;

COMMIT;
GO

