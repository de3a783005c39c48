using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Licensing.Db.SqlServer.Migrations
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
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PartnerAuthorityCode = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ActorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PreviousHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BankHolidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BankHolidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LicenceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReviewCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DraftedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NoticeVersion = table.Column<int>(type: "int", nullable: false),
                    ReplacesNoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReplacesReference = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ParticularsJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Reference = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    TemplateVersion = table.Column<int>(type: "int", nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    IssuedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    PdfLength = table.Column<int>(type: "int", nullable: true),
                    SupersededAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Method = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PostedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PostClass = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    PostedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DeliveryProblem = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NoticeTemplates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TemplateVersion = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NoticeTemplates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageId = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    NoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    To = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LeaseUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ResolvedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Forenames = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Surname = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PreviousSurnames = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    DrivingLicenceNumber = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: true),
                    DrivingLicenceIsNorthernIreland = table.Column<bool>(type: "bit", nullable: false),
                    NationalInsuranceNumber = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    EmailServiceAgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SearchForenames = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SearchSurname = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SearchAllSurnames = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SearchPhone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    AddressLine1 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AddressLine2 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AddressPostcode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    AddressTown = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
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
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
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
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
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
                    NoticeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Pdf = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
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
                name: "Licences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SearchNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    HolderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "date", nullable: false),
                    GrantDecisionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StatusDecisionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    StatusNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    SuspendedUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Conditions = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    BadgeNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    SearchBadgeNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    CompanyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CompanyNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CentreLine1 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CentreLine2 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CentrePostcode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    CentreTown = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PlateNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Registration = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    SearchRegistration = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    Make = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Colour = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true)
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
                name: "Decisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LicenceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReviewCaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LicenceType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MakerKind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    MakerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MakerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Reasons = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Grounds = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    StatutoryPower = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    StandardOfProof = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PolicyVersion = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ImmediateEffect = table.Column<bool>(type: "bit", nullable: false),
                    PublicSafetyReasons = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SuspensionEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeServedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AppealPeriodEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TakesEffectOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TookEffectOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SupersedesDecisionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

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
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_EntityId",
                table: "AuditEntries",
                columns: new[] { "EntityType", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_PersonId",
                table: "AuditEntries",
                column: "PersonId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "BankHolidays");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropTable(
                name: "NoticeDocuments");

            migrationBuilder.DropTable(
                name: "NoticeTemplates");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Licences");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "People");
        }
    }
}
