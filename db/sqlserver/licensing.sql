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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
        [WithdrawalReason] nvarchar(2000) NULL,
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
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
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationChecks_ApplicationId] ON [ApplicationChecks] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationChecks_PersonId] ON [ApplicationChecks] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationOffences_ApplicationId] ON [ApplicationOffences] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationOffences_PersonId] ON [ApplicationOffences] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterChecks_ApplicationId] ON [ApplicationRegisterChecks] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterChecks_PersonId] ON [ApplicationRegisterChecks] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterCheckSources_RegisterCheckId] ON [ApplicationRegisterCheckSources] ([RegisterCheckId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterHits_ApplicationId] ON [ApplicationRegisterHits] ([ApplicationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_ApplicationRegisterHits_RegisterCheckId] ON [ApplicationRegisterHits] ([RegisterCheckId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Applications_OfficerUserId] ON [Applications] ([OfficerUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Applications_PersonId] ON [Applications] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Applications_Reference] ON [Applications] ([Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Applications_RenewsLicenceId] ON [Applications] ([RenewsLicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Applications_Status_AssessedAt] ON [Applications] ([Status], [AssessedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId] ON [AuditEntries] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_LicenceId] ON [Decisions] ([LicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_PersonId] ON [Decisions] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_TakesEffectOn] ON [Decisions] ([TakesEffectOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_HolderId] ON [Licences] ([HolderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Licences_Number] ON [Licences] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchBadgeNumber] ON [Licences] ([SearchBadgeNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchNumber] ON [Licences] ([SearchNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchRegistration] ON [Licences] ([SearchRegistration]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_Status_ExpiresOn] ON [Licences] ([Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_DecisionId] ON [Notices] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_PersonId] ON [Notices] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DateOfBirth] ON [People] ([DateOfBirth]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DrivingLicenceNumber] ON [People] ([DrivingLicenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchPhone] ON [People] ([SearchPhone]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchSurname] ON [People] ([SearchSurname]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PolicyRows_PolicyVersionId_Code] ON [PolicyRows] ([PolicyVersionId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PolicyVersions_Label] ON [PolicyVersions] ([Label]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095506_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128095506_Initial', N'10.0.15');
END;

COMMIT;
GO

