using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Licensing.Db.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", nullable: false),
                    PartnerAuthorityCode = table.Column<string>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Counter = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false),
                    PreviousHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BankHolidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankHolidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DetailsRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterEntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterReference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    RequestingAuthorityCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RequestingAuthorityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RequesterReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RequestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeclineReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DisclosedGrounds = table.Column<string>(type: "TEXT", nullable: true),
                    DisclosedSummary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ContactDetails = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DetailsRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Done = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DraftedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NoticeVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ReplacesNoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReplacesReference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ParticularsJson = table.Column<string>(type: "TEXT", nullable: true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PdfLength = table.Column<int>(type: "INTEGER", nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Method = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PostedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PostClass = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeliveryProblem = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NoticeTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TemplateVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LeaseUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartnerAuthorities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BaseUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ProtectedOutboundKey = table.Column<string>(type: "TEXT", nullable: true),
                    SearchTheirRegister = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerAuthorities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PartnerReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferringAuthorityCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ReferringAuthorityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferrerReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Surname = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Forenames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DrivingLicenceNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BadgeNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    VehicleRegistration = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    IncidentDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OutcomeDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeStatement = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OutcomeEffect = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    OutcomeTakesEffectOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeSuspendedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeOnAppeal = table.Column<bool>(type: "INTEGER", nullable: false),
                    OutcomeReasons = table.Column<string>(type: "TEXT", nullable: true),
                    OutcomeDecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OutcomeRegisterReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OutcomeRecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    OutcomeNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    OutcomeMessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToldByHandAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ToldByHandBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ToldByHandHow = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartnerReferrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Forenames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Surname = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreviousSurnames = table.Column<string>(type: "TEXT", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DrivingLicenceNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    DrivingLicenceIsNorthernIreland = table.Column<bool>(type: "INTEGER", nullable: false),
                    NationalInsuranceNumber = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    EmailServiceAgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SearchForenames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SearchSurname = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SearchAllSurnames = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SearchPhone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    AddressLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AddressPostcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    AddressTown = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AuthorityCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Surname = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Forenames = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreviousSurnames = table.Column<string>(type: "TEXT", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DrivingLicenceNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    NationalInsuranceNumber = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LicenceType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppealOutcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AppealOutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetentionReviewDueSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RegisterSearches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SearchedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SearcherId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SearcherName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PartnerAuthorityCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SearcherReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Asked = table.Column<string>(type: "TEXT", nullable: false),
                    Returned = table.Column<string>(type: "TEXT", nullable: false),
                    MatchCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterSearches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TeamTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ForRole = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EscalatedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClosingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NoticeDocuments",
                columns: table => new
                {
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Pdf = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeDocuments", x => x.NoticeId);
                    table.ForeignKey(
                        name: "FK_NoticeDocuments_Notices_NoticeId",
                        column: x => x.NoticeId,
                        principalTable: "Notices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerAuthorityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scopes = table.Column<string>(type: "TEXT", nullable: false),
                    PermitPerMinute = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKeys_PartnerAuthorities_PartnerAuthorityId",
                        column: x => x.PartnerAuthorityId,
                        principalTable: "PartnerAuthorities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Licences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SearchNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HolderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GrantDecisionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatusDecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StatusNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SuspendedUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Conditions = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BadgeNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SearchBadgeNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CompanyNumber = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CentreLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CentreLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CentrePostcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CentreTown = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PlateNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Registration = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    SearchRegistration = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    Make = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Licences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Licences_People_HolderId",
                        column: x => x.HolderId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PolicyVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Presumption = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Years = table.Column<int>(type: "INTEGER", nullable: true),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Unverified = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyRows", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyRows_PolicyVersions_PolicyVersionId",
                        column: x => x.PolicyVersionId,
                        principalTable: "PolicyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RegisterMatchKeys",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisterMatchKeys", x => new { x.Key, x.EntryId });
                    table.ForeignKey(
                        name: "FK_RegisterMatchKeys_RegisterEntries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "RegisterEntries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LicenceType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RenewsLicenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OfficerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VehicleRegistration = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    VehicleMake = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    VehicleModel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    VehicleColour = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Assessment = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RecommendedConditions = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DepartureReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    RecommendedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RecommendedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AssessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssessedPolicyLabel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AssessedPolicySummary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    DecidedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExceptionalReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ExceptionalReasonsSignedOffBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferralReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Representations = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RepresentationsReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HearingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CentreLine1 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CentreLine2 = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CentrePostcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    CentreTown = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Applications_Licences_RenewsLicenceId",
                        column: x => x.RenewsLicenceId,
                        principalTable: "Licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Applications_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SourceDetail = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LinkedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LinkReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Triage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TriageDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TriagedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TriagedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TriageReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReviewCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    GradingHandling = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GradingInformation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GradingSource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Concerns_Licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "Licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Concerns_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LicenceType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MakerKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MakerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MakerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    StatutoryPower = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StandardOfProof = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PolicyVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImmediateEffect = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublicSafetyReasons = table.Column<string>(type: "TEXT", nullable: true),
                    SuspensionEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealPeriodEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TakesEffectOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TookEffectOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SupersedesDecisionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Decisions_Licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "Licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Decisions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExpiryReminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WeeksBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoticeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExpiryReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExpiryReminders_Licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "Licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EvidenceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BarredListsChecked = table.Column<bool>(type: "INTEGER", nullable: true),
                    DisclosedInformation = table.Column<bool>(type: "INTEGER", nullable: true),
                    LicenceHeldSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Points = table.Column<int>(type: "INTEGER", nullable: true),
                    Endorsements = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationChecks_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationOffences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    OffenceOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConvictedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Court = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Sentence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SentenceEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    BanEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Points = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationOffences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationOffences_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationRegisterChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SearchedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SearchedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SearchedByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SearchedFor = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SearchReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationRegisterChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationRegisterChecks_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConcernAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StoredAs = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernAttachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernAttachments_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernIdentifiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SearchValue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernIdentifiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernIdentifiers_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConcernReferrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcernId = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConcernReferrals_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReviewCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OfficerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StageSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RepresentationsInvitedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RepresentationsDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RepresentationsReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Representations = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RepresentationsSkippedReasons = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    RecommendationReasons = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecommendedSuspensionEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecommendImmediateEffect = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecommendedPublicSafetyReasons = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecommendedConditions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    RecommendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecommendedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReferralReasons = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    OutcomeReasons = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OutcomeConditions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    DecidedByKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AppealLodgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealCourt = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AppealHearingOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealOutcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AppealDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AppealNotes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewCases_Decisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "Decisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewCases_Licences_LicenceId",
                        column: x => x.LicenceId,
                        principalTable: "Licences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReviewCases_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationRegisterCheckSources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterCheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationRegisterCheckSources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationRegisterCheckSources_ApplicationRegisterChecks_RegisterCheckId",
                        column: x => x.RegisterCheckId,
                        principalTable: "ApplicationRegisterChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ApplicationRegisterHits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterCheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisterReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AuthorityCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AuthorityName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LicenceType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Band = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DetailsRequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DetailsRequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RequestNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReplyReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ReplyRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApplicationRegisterHits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApplicationRegisterHits_ApplicationRegisterChecks_RegisterCheckId",
                        column: x => x.RegisterCheckId,
                        principalTable: "ApplicationRegisterChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Allegations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FromConcernIds = table.Column<string>(type: "TEXT", nullable: false),
                    Proven = table.Column<bool>(type: "INTEGER", nullable: true),
                    FindingReasons = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    EvidenceReliedOn = table.Column<string>(type: "TEXT", nullable: false),
                    FoundOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FoundBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allegations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Allegations_ReviewCases_ReviewCaseId",
                        column: x => x.ReviewCaseId,
                        principalTable: "ReviewCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvidenceItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ObtainedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GradingHandling = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GradingInformation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GradingSource = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvidenceItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvidenceItems_ReviewCases_ReviewCaseId",
                        column: x => x.ReviewCaseId,
                        principalTable: "ReviewCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Hearings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HearingOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Time = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Venue = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LicenseeAttended = table.Column<bool>(type: "INTEGER", nullable: true),
                    RepresentedBy = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    OthersPresent = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Submissions = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AnnouncedReasons = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    DecisionRecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecisionRecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Hearings", x => x.Id);
                    table.CheckConstraint("CK_Hearings_OneMatter", "(ReviewCaseId IS NULL AND ApplicationId IS NOT NULL) OR (ReviewCaseId IS NOT NULL AND ApplicationId IS NULL)");
                    table.ForeignKey(
                        name: "FK_Hearings_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Hearings_ReviewCases_ReviewCaseId",
                        column: x => x.ReviewCaseId,
                        principalTable: "ReviewCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Interviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Interviewee = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Present = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interviews_ReviewCases_ReviewCaseId",
                        column: x => x.ReviewCaseId,
                        principalTable: "ReviewCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RepresentationsExtensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReviewCaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreviousDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RepresentationsExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RepresentationsExtensions_ReviewCases_ReviewCaseId",
                        column: x => x.ReviewCaseId,
                        principalTable: "ReviewCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HearingMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HearingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsChair = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HearingMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HearingMembers_Hearings_HearingId",
                        column: x => x.HearingId,
                        principalTable: "Hearings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHeads",
                columns: new[] { "Id", "Counter" },
                values: new object[] { 1, 0L });

            migrationBuilder.InsertData(
                table: "BankHolidays",
                columns: new[] { "Date", "Title" },
                values: new object[,]
                {
                    { new DateOnly(2025, 1, 1), "New Year’s Day" },
                    { new DateOnly(2025, 4, 18), "Good Friday" },
                    { new DateOnly(2025, 4, 21), "Easter Monday" },
                    { new DateOnly(2025, 5, 5), "Early May bank holiday" },
                    { new DateOnly(2025, 5, 26), "Spring bank holiday" },
                    { new DateOnly(2025, 8, 25), "Summer bank holiday" },
                    { new DateOnly(2025, 12, 25), "Christmas Day" },
                    { new DateOnly(2025, 12, 26), "Boxing Day" },
                    { new DateOnly(2026, 1, 1), "New Year’s Day" },
                    { new DateOnly(2026, 4, 3), "Good Friday" },
                    { new DateOnly(2026, 4, 6), "Easter Monday" },
                    { new DateOnly(2026, 5, 4), "Early May bank holiday" },
                    { new DateOnly(2026, 5, 25), "Spring bank holiday" },
                    { new DateOnly(2026, 8, 31), "Summer bank holiday" },
                    { new DateOnly(2026, 12, 25), "Christmas Day" },
                    { new DateOnly(2026, 12, 28), "Boxing Day" },
                    { new DateOnly(2027, 1, 1), "New Year’s Day" },
                    { new DateOnly(2027, 3, 26), "Good Friday" },
                    { new DateOnly(2027, 3, 29), "Easter Monday" },
                    { new DateOnly(2027, 5, 3), "Early May bank holiday" },
                    { new DateOnly(2027, 5, 31), "Spring bank holiday" },
                    { new DateOnly(2027, 8, 30), "Summer bank holiday" },
                    { new DateOnly(2027, 12, 27), "Christmas Day" },
                    { new DateOnly(2027, 12, 28), "Boxing Day" }
                });

            migrationBuilder.InsertData(
                table: "NoticeTemplates",
                columns: new[] { "Id", "Body", "CreatedAt", "CreatedBy", "Kind", "TemplateVersion", "Title" },
                values: new object[,]
                {
                    { new Guid("0195a000-0000-7000-8000-000000000001"), "Dear {{LicenseeName}}\n\n{{AuthorityName}} has refused your application for a {{LicenceType}} licence. This notice gives the grounds for the refusal and tells you how you can appeal.\n\n# The decision\n= Licence | {{LicenceType}} licence {{LicenceNumber}}\n= Power used | {{StatutoryPower}}\n= Date of decision | {{DecisionDate}}\n= Decided by | {{DecidedBy}}\n= Reference | {{Reference}}\n\n# The grounds for the refusal\n{{Grounds}}\n\n# When the decision takes effect\n{{TakesEffect}}\n\n# Your right of appeal\nYou have a right of appeal against this decision to {{AppealCourt}}. An appeal must be made within 21 days beginning with the day this notice is given to you (Local Government (Miscellaneous Provisions) Act 1976, s.77). Please quote reference {{Reference}}. You may wish to take independent legal advice.\n\nIf you do not appeal within 21 days, the decision stands.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "Refusal", 1, "Notice of refusal of your application for a {{LicenceType}} licence" },
                    { new Guid("0195a000-0000-7000-8000-000000000002"), "Dear {{LicenseeName}}\n\n{{AuthorityName}} has decided not to renew your {{LicenceType}} licence number {{LicenceNumber}}. This notice gives the grounds for the decision, tells you when it takes effect and how you can appeal.\n\n# The decision\n= Licence | {{LicenceType}} licence {{LicenceNumber}}\n= Power used | {{StatutoryPower}}\n= Date of decision | {{DecisionDate}}\n= Decided by | {{DecidedBy}}\n= Reference | {{Reference}}\n\n# The grounds for the decision\n{{Grounds}}\n\n# When the decision takes effect\n! {{TakesEffect}}\n\n# Return of your badge\n{{ReturnOfBadge}}\n\n# Your right of appeal\nYou have a right of appeal against this decision to {{AppealCourt}}. An appeal must be made within 21 days beginning with the day this notice is given to you (Local Government (Miscellaneous Provisions) Act 1976, s.77). Please quote reference {{Reference}}. You may wish to take independent legal advice.\n\nIf you do not appeal within 21 days, the decision stands.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "RefusalToRenew", 1, "Notice of refusal to renew your {{LicenceType}} licence" },
                    { new Guid("0195a000-0000-7000-8000-000000000003"), "Dear {{LicenseeName}}\n\n{{AuthorityName}} has decided to suspend your {{LicenceType}} licence number {{LicenceNumber}} {{SuspensionEnds}}. This notice gives the grounds for the decision, tells you when it takes effect and how you can appeal.\n\n# The decision\n= Licence | {{LicenceType}} licence {{LicenceNumber}}\n= Power used | {{StatutoryPower}}\n= Date of decision | {{DecisionDate}}\n= Decided by | {{DecidedBy}}\n= Reference | {{Reference}}\n\n# The grounds for the decision\n{{Grounds}}\n\n# When the decision takes effect\n! {{TakesEffect}}\n\n# Return of your badge\n{{ReturnOfBadge}}\n\n# Your right of appeal\nYou have a right of appeal against this decision to {{AppealCourt}}. An appeal must be made within 21 days beginning with the day this notice is given to you (Local Government (Miscellaneous Provisions) Act 1976, s.77). Please quote reference {{Reference}}. You may wish to take independent legal advice.\n\nIf you do not appeal within 21 days, the decision stands.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "Suspension", 1, "Notice of suspension of your {{LicenceType}} licence" },
                    { new Guid("0195a000-0000-7000-8000-000000000004"), "Dear {{LicenseeName}}\n\n{{AuthorityName}} has decided to revoke your {{LicenceType}} licence number {{LicenceNumber}}. This notice gives the grounds for the decision, tells you when it takes effect and how you can appeal.\n\n# The decision\n= Licence | {{LicenceType}} licence {{LicenceNumber}}\n= Power used | {{StatutoryPower}}\n= Date of decision | {{DecisionDate}}\n= Decided by | {{DecidedBy}}\n= Reference | {{Reference}}\n\n# The grounds for the decision\n{{Grounds}}\n\n# When the decision takes effect\n! {{TakesEffect}}\n\n# Return of your badge\n{{ReturnOfBadge}}\n\n# Your right of appeal\nYou have a right of appeal against this decision to {{AppealCourt}}. An appeal must be made within 21 days beginning with the day this notice is given to you (Local Government (Miscellaneous Provisions) Act 1976, s.77). Please quote reference {{Reference}}. You may wish to take independent legal advice.\n\nIf you do not appeal within 21 days, the decision stands.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "Revocation", 1, "Notice of revocation of your {{LicenceType}} licence" },
                    { new Guid("0195a000-0000-7000-8000-000000000005"), "Dear {{LicenseeName}}\n\nThe council is considering whether you remain a fit and proper person to hold {{LicenceType}} licence number {{LicenceNumber}}. No decision has been made. Before one is, you may tell us anything you want us to take into account.\n\n# What the council has been told\n{{Body}}\n\n# How to respond\nPlease send your written representations by {{RepresentationsBy}}, quoting reference {{Reference}}. You may include statements from other people and any documents you wish us to consider, and you may ask to meet the licensing officer. If we do not hear from you by then, a decision may be made on the information we hold.\n\nThe council decides on the balance of probabilities: whether it is more likely than not that something happened.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "RepresentationsInvitation", 1, "Invitation to make representations about your {{LicenceType}} licence" },
                    { new Guid("0195a000-0000-7000-8000-000000000006"), "Dear {{LicenseeName}}\n\n{{Body}}\n\nThis letter is a formal warning. It will be kept on your licensing record and may be taken into account if further matters come to the council's attention, including when your licence is next renewed. Reference {{Reference}}.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "WarningLetter", 1, "Warning about your conduct as a licence holder" },
                    { new Guid("0195a000-0000-7000-8000-000000000007"), "Dear {{LicenseeName}}\n\nThe licensing sub-committee will consider your {{LicenceType}} licence number {{LicenceNumber}} at a hearing. You are invited to attend and to make representations.\n\n= Date and time | {{HearingDate}}\n= Place | {{HearingPlace}}\n= Reference | {{Reference}}\n\n{{Body}}\n\nYou may bring a representative (for example a solicitor, a trade union representative or a friend) and witnesses. You will receive the hearing pack, with the report and the evidence the sub-committee will read, before the hearing. If you cannot attend, tell us as soon as possible; the sub-committee may decide in your absence.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "HearingInvitation", 1, "Invitation to a hearing of the licensing sub-committee" },
                    { new Guid("0195a000-0000-7000-8000-000000000008"), "= Licence | {{LicenceType}} licence {{LicenceNumber}}\n= Reference | {{Reference}}\n\n{{Sections}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "HearingPack", 1, "Licensing sub-committee hearing pack: {{LicenseeName}}" },
                    { new Guid("0195a000-0000-7000-8000-000000000009"), "{{AuthorityName}} grants this licence under the Local Government (Miscellaneous Provisions) Act 1976 and the Town Police Clauses Act 1847, subject to the conditions below.\n\n{{Particulars}}\n\nThis licence remains the property of the council. It must be returned if it is suspended, revoked or not renewed. Reference {{Reference}}.\n\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "LicenceDocument", 1, "{{LicenceType}} licence {{LicenceNumber}}" },
                    { new Guid("0195a000-0000-7000-8000-00000000000a"), "Dear {{LicenseeName}}\n\nYour {{LicenceType}} licence number {{LicenceNumber}} expires on {{ExpiresOn}}. To keep working you must apply to renew it before then; allow time for the checks.\n\nIf you have any questions about this notice, contact the licensing team: {{AuthorityContact}}.\n\nYours sincerely\n{{Signatory}}\nfor and on behalf of {{AuthorityName}}", new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Built-in default", "ExpiryReminder", 1, "Your {{LicenceType}} licence is due to expire" }
                });

            migrationBuilder.InsertData(
                table: "PolicyVersions",
                columns: new[] { "Id", "ChangeNote", "CreatedAt", "CreatedBy", "EffectiveFrom", "Label" },
                values: new object[] { new Guid("0191f000-0000-7000-8000-000000000001"), "The Institute of Licensing's guidance on determining the suitability of applicants and licensees (2018), as summarised in DOMAIN.md.", new DateTime(2018, 4, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Shipped default (Institute of Licensing, April 2018)", new DateOnly(2018, 4, 1), "2018-IoL-1" });

            migrationBuilder.InsertData(
                table: "PolicyRows",
                columns: new[] { "Id", "Code", "Description", "Grounds", "PolicyVersionId", "Position", "Presumption", "Unverified", "Years" },
                values: new object[,]
                {
                    { new Guid("0191f000-0000-7000-8000-100000000000"), "death-or-serious-injury", "Crime resulting in death, or intended to cause death or serious injury", "Violence", new Guid("0191f000-0000-7000-8000-000000000001"), 0, "Never", false, null },
                    { new Guid("0191f000-0000-7000-8000-100000000001"), "exploitation", "Exploitation (child sexual abuse and exploitation, grooming, trafficking, slavery)", "Safeguarding", new Guid("0191f000-0000-7000-8000-000000000001"), 1, "Never", false, null },
                    { new Guid("0191f000-0000-7000-8000-100000000002"), "sexual-indecency", "Sexual or indecency offence; on the sex offenders register or a barred list", "SexualMisconduct", new Guid("0191f000-0000-7000-8000-000000000001"), 2, "Never", true, null },
                    { new Guid("0191f000-0000-7000-8000-100000000003"), "violence", "Violence against the person", "Violence", new Guid("0191f000-0000-7000-8000-000000000001"), 3, "YearsFromSentenceEnd", false, 10 },
                    { new Guid("0191f000-0000-7000-8000-100000000004"), "drug-supply", "Supply of drugs", "Drugs", new Guid("0191f000-0000-7000-8000-000000000001"), 4, "YearsFromSentenceEnd", true, 10 },
                    { new Guid("0191f000-0000-7000-8000-100000000005"), "weapon", "Possession of a weapon", "Violence", new Guid("0191f000-0000-7000-8000-000000000001"), 5, "YearsFromSentenceEnd", true, 7 },
                    { new Guid("0191f000-0000-7000-8000-100000000006"), "dishonesty", "Dishonesty", "Dishonesty", new Guid("0191f000-0000-7000-8000-000000000001"), 6, "YearsFromSentenceEnd", true, 7 },
                    { new Guid("0191f000-0000-7000-8000-100000000007"), "discrimination", "Discrimination", "Other", new Guid("0191f000-0000-7000-8000-000000000001"), 7, "YearsFromSentenceEnd", true, 7 },
                    { new Guid("0191f000-0000-7000-8000-100000000008"), "drink-drug-driving", "Drink or drug driving (from the end of the sentence or driving ban)", "Driving", new Guid("0191f000-0000-7000-8000-000000000001"), 8, "YearsFromSentenceEnd", true, 7 },
                    { new Guid("0191f000-0000-7000-8000-100000000009"), "major-traffic", "Major traffic offences", "Driving", new Guid("0191f000-0000-7000-8000-000000000001"), 9, "YearsFromSentenceEnd", true, 7 },
                    { new Guid("0191f000-0000-7000-8000-100000000010"), "taxi-offences", "Hackney carriage and private hire offences", "Other", new Guid("0191f000-0000-7000-8000-000000000001"), 10, "YearsFromSentenceEnd", true, 7 },
                    { new Guid("0191f000-0000-7000-8000-100000000011"), "drug-possession", "Possession of drugs", "Drugs", new Guid("0191f000-0000-7000-8000-000000000001"), 11, "YearsFromSentenceEnd", true, 5 },
                    { new Guid("0191f000-0000-7000-8000-100000000012"), "phone-driving", "Hand-held phone while driving", "Driving", new Guid("0191f000-0000-7000-8000-000000000001"), 12, "LaterOfConvictionOrBanEnd", false, 5 },
                    { new Guid("0191f000-0000-7000-8000-100000000013"), "minor-traffic", "Minor traffic offences (7 or more points)", "Driving", new Guid("0191f000-0000-7000-8000-000000000001"), 13, "YearsFromSentenceEnd", true, 5 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_Allegations_ReviewCaseId",
                table: "Allegations",
                column: "ReviewCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_KeyHash",
                table: "ApiKeys",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_PartnerAuthorityId",
                table: "ApiKeys",
                column: "PartnerAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationChecks_ApplicationId",
                table: "ApplicationChecks",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationChecks_PersonId",
                table: "ApplicationChecks",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationOffences_ApplicationId",
                table: "ApplicationOffences",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationOffences_PersonId",
                table: "ApplicationOffences",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationRegisterChecks_ApplicationId",
                table: "ApplicationRegisterChecks",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationRegisterChecks_PersonId",
                table: "ApplicationRegisterChecks",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationRegisterCheckSources_RegisterCheckId",
                table: "ApplicationRegisterCheckSources",
                column: "RegisterCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationRegisterHits_ApplicationId",
                table: "ApplicationRegisterHits",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ApplicationRegisterHits_RegisterCheckId",
                table: "ApplicationRegisterHits",
                column: "RegisterCheckId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_OfficerUserId",
                table: "Applications",
                column: "OfficerUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_PersonId",
                table: "Applications",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Reference",
                table: "Applications",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Applications_RenewsLicenceId",
                table: "Applications",
                column: "RenewsLicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_Applications_Status_AssessedAt",
                table: "Applications",
                columns: new[] { "Status", "AssessedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_Id",
                table: "AuditEntries",
                columns: new[] { "EntityType", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PersonId",
                table: "AuditEntries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernAttachments_ConcernId",
                table: "ConcernAttachments",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernIdentifiers_ConcernId",
                table: "ConcernIdentifiers",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernIdentifiers_SearchValue",
                table: "ConcernIdentifiers",
                column: "SearchValue");

            migrationBuilder.CreateIndex(
                name: "IX_ConcernReferrals_ConcernId",
                table: "ConcernReferrals",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_LicenceId",
                table: "Concerns",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_PersonId",
                table: "Concerns",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Reference",
                table: "Concerns",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ReviewCaseId",
                table: "Concerns",
                column: "ReviewCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_Triage_Category",
                table: "Concerns",
                columns: new[] { "Triage", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_LicenceId",
                table: "Decisions",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_PersonId",
                table: "Decisions",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Decisions_TakesEffectOn",
                table: "Decisions",
                column: "TakesEffectOn");

            migrationBuilder.CreateIndex(
                name: "IX_DetailsRequests_RegisterEntryId",
                table: "DetailsRequests",
                column: "RegisterEntryId");

            migrationBuilder.CreateIndex(
                name: "IX_DetailsRequests_Status",
                table: "DetailsRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_EvidenceItems_ReviewCaseId",
                table: "EvidenceItems",
                column: "ReviewCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ExpiryReminders_LicenceId_ExpiresOn_WeeksBefore",
                table: "ExpiryReminders",
                columns: new[] { "LicenceId", "ExpiresOn", "WeeksBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExpiryReminders_PersonId",
                table: "ExpiryReminders",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_HearingMembers_HearingId",
                table: "HearingMembers",
                column: "HearingId");

            migrationBuilder.CreateIndex(
                name: "IX_HearingMembers_UserId_HearingId",
                table: "HearingMembers",
                columns: new[] { "UserId", "HearingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_ApplicationId",
                table: "Hearings",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_HearingOn",
                table: "Hearings",
                column: "HearingOn");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_ReviewCaseId",
                table: "Hearings",
                column: "ReviewCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_ReviewCaseId",
                table: "Interviews",
                column: "ReviewCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_JobRuns_JobName_StartedAt",
                table: "JobRuns",
                columns: new[] { "JobName", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Licences_HolderId",
                table: "Licences",
                column: "HolderId");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_Number",
                table: "Licences",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licences_SearchBadgeNumber",
                table: "Licences",
                column: "SearchBadgeNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_SearchNumber",
                table: "Licences",
                column: "SearchNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_SearchRegistration",
                table: "Licences",
                column: "SearchRegistration");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_Status_ExpiresOn",
                table: "Licences",
                columns: new[] { "Status", "ExpiresOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Notices_DecisionId",
                table: "Notices",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_PersonId",
                table: "Notices",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Reference",
                table: "Notices",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Status",
                table: "Notices",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_NoticeTemplates_Kind_TemplateVersion",
                table: "NoticeTemplates",
                columns: new[] { "Kind", "TemplateVersion" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_MessageId",
                table: "OutboxMessages",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_NoticeId",
                table: "OutboxMessages",
                column: "NoticeId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptAt",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PartnerAuthorities_Code",
                table: "PartnerAuthorities",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartnerReferrals_ConcernId",
                table: "PartnerReferrals",
                column: "ConcernId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerReferrals_PersonId",
                table: "PartnerReferrals",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_PartnerReferrals_ReceivedAt",
                table: "PartnerReferrals",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_People_DateOfBirth",
                table: "People",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_People_DrivingLicenceNumber",
                table: "People",
                column: "DrivingLicenceNumber");

            migrationBuilder.CreateIndex(
                name: "IX_People_SearchPhone",
                table: "People",
                column: "SearchPhone");

            migrationBuilder.CreateIndex(
                name: "IX_People_SearchSurname",
                table: "People",
                column: "SearchSurname");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyRows_PolicyVersionId_Code",
                table: "PolicyRows",
                columns: new[] { "PolicyVersionId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_Label",
                table: "PolicyVersions",
                column: "Label",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_DecisionDate",
                table: "RegisterEntries",
                column: "DecisionDate");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_DecisionId",
                table: "RegisterEntries",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_PersonId",
                table: "RegisterEntries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterEntries_Reference",
                table: "RegisterEntries",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RegisterMatchKeys_EntryId",
                table: "RegisterMatchKeys",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_RegisterSearches_SearchedAt",
                table: "RegisterSearches",
                column: "SearchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RepresentationsExtensions_ReviewCaseId",
                table: "RepresentationsExtensions",
                column: "ReviewCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCases_DecisionId",
                table: "ReviewCases",
                column: "DecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCases_LicenceId",
                table: "ReviewCases",
                column: "LicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCases_PersonId",
                table: "ReviewCases",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCases_Reference",
                table: "ReviewCases",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewCases_Stage_OpenedOn",
                table: "ReviewCases",
                columns: new[] { "Stage", "OpenedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_ClosedAt_ForRole",
                table: "TeamTasks",
                columns: new[] { "ClosedAt", "ForRole" });

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_Key",
                table: "TeamTasks",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TeamTasks_PersonId",
                table: "TeamTasks",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Allegations");

            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropTable(
                name: "ApplicationChecks");

            migrationBuilder.DropTable(
                name: "ApplicationOffences");

            migrationBuilder.DropTable(
                name: "ApplicationRegisterCheckSources");

            migrationBuilder.DropTable(
                name: "ApplicationRegisterHits");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BankHolidays");

            migrationBuilder.DropTable(
                name: "ConcernAttachments");

            migrationBuilder.DropTable(
                name: "ConcernIdentifiers");

            migrationBuilder.DropTable(
                name: "ConcernReferrals");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DetailsRequests");

            migrationBuilder.DropTable(
                name: "EvidenceItems");

            migrationBuilder.DropTable(
                name: "ExpiryReminders");

            migrationBuilder.DropTable(
                name: "HearingMembers");

            migrationBuilder.DropTable(
                name: "Interviews");

            migrationBuilder.DropTable(
                name: "JobRuns");

            migrationBuilder.DropTable(
                name: "NoticeDocuments");

            migrationBuilder.DropTable(
                name: "NoticeTemplates");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PartnerReferrals");

            migrationBuilder.DropTable(
                name: "PolicyRows");

            migrationBuilder.DropTable(
                name: "RegisterMatchKeys");

            migrationBuilder.DropTable(
                name: "RegisterSearches");

            migrationBuilder.DropTable(
                name: "RepresentationsExtensions");

            migrationBuilder.DropTable(
                name: "TeamTasks");

            migrationBuilder.DropTable(
                name: "PartnerAuthorities");

            migrationBuilder.DropTable(
                name: "ApplicationRegisterChecks");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "Hearings");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "PolicyVersions");

            migrationBuilder.DropTable(
                name: "RegisterEntries");

            migrationBuilder.DropTable(
                name: "Applications");

            migrationBuilder.DropTable(
                name: "ReviewCases");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropTable(
                name: "Licences");

            migrationBuilder.DropTable(
                name: "People");
        }
    }
}
