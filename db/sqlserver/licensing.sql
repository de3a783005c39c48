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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
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
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId] ON [AuditEntries] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_LicenceId] ON [Decisions] ([LicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_PersonId] ON [Decisions] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_TakesEffectOn] ON [Decisions] ([TakesEffectOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_HolderId] ON [Licences] ([HolderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Licences_Number] ON [Licences] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchBadgeNumber] ON [Licences] ([SearchBadgeNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchNumber] ON [Licences] ([SearchNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchRegistration] ON [Licences] ([SearchRegistration]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_Status_ExpiresOn] ON [Licences] ([Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_DecisionId] ON [Notices] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_PersonId] ON [Notices] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_Reference] ON [Notices] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_Status] ON [Notices] ([Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_NoticeTemplates_Kind_TemplateVersion] ON [NoticeTemplates] ([Kind], [TemplateVersion]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_OutboxMessages_MessageId] ON [OutboxMessages] ([MessageId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_NoticeId] ON [OutboxMessages] ([NoticeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_Status_NextAttemptAt] ON [OutboxMessages] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DateOfBirth] ON [People] ([DateOfBirth]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DrivingLicenceNumber] ON [People] ([DrivingLicenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchPhone] ON [People] ([SearchPhone]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchSurname] ON [People] ([SearchSurname]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128100823_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128100823_Initial', N'10.0.15');
END;

COMMIT;
GO

