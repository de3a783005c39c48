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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
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
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_EntityType_EntityId] ON [AuditEntries] ([EntityType], [EntityId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_PersonId] ON [AuditEntries] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_LicenceId] ON [Decisions] ([LicenceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_PersonId] ON [Decisions] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Decisions_TakesEffectOn] ON [Decisions] ([TakesEffectOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ExpiryReminders_LicenceId_ExpiresOn_WeeksBefore] ON [ExpiryReminders] ([LicenceId], [ExpiresOn], [WeeksBefore]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_ExpiryReminders_PersonId] ON [ExpiryReminders] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_JobRuns_JobName_StartedAt] ON [JobRuns] ([JobName], [StartedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_HolderId] ON [Licences] ([HolderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Licences_Number] ON [Licences] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchBadgeNumber] ON [Licences] ([SearchBadgeNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchNumber] ON [Licences] ([SearchNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_SearchRegistration] ON [Licences] ([SearchRegistration]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Licences_Status_ExpiresOn] ON [Licences] ([Status], [ExpiresOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_DecisionId] ON [Notices] ([DecisionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_Notices_PersonId] ON [Notices] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DateOfBirth] ON [People] ([DateOfBirth]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_People_DrivingLicenceNumber] ON [People] ([DrivingLicenceNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchPhone] ON [People] ([SearchPhone]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_People_SearchSurname] ON [People] ([SearchSurname]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_TeamTasks_ClosedAt_ForRole] ON [TeamTasks] ([ClosedAt], [ForRole]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_TeamTasks_Key] ON [TeamTasks] ([Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    CREATE INDEX [IX_TeamTasks_PersonId] ON [TeamTasks] ([PersonId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128095501_Initial'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128095501_Initial', N'10.0.15');
END;

COMMIT;
GO

