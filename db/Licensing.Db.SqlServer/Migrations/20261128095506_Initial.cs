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
                    DraftedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notices", x => x.Id);
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
                name: "PolicyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ChangeNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersions", x => x.Id);
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
                name: "PolicyRows",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PolicyVersionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Presumption = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Years = table.Column<int>(type: "int", nullable: true),
                    Grounds = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Unverified = table.Column<bool>(type: "bit", nullable: false)
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
                name: "Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    LicenceType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    RenewsLicenceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    StatusChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OfficerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    OfficerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CompanyName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VehicleRegistration = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: true),
                    VehicleMake = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    VehicleModel = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    VehicleColour = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Assessment = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Recommendation = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    RecommendedConditions = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    DepartureReasons = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    RecommendedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RecommendedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AssessedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AssessedPolicyLabel = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    AssessedPolicySummary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DecisionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DecidedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LicenceId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ExceptionalReasons = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ExceptionalReasonsSignedOffBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReferralReasons = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    CentreLine1 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CentreLine2 = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CentrePostcode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    CentreTown = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "ApplicationChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    EvidenceReference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    BarredListsChecked = table.Column<bool>(type: "bit", nullable: true),
                    DisclosedInformation = table.Column<bool>(type: "bit", nullable: true),
                    LicenceHeldSince = table.Column<DateOnly>(type: "date", nullable: true),
                    Points = table.Column<int>(type: "int", nullable: true),
                    Endorsements = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CategoryCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    OffenceOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConvictedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Court = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Sentence = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    SentenceEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    BanEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Points = table.Column<int>(type: "int", nullable: true),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RecordedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SearchedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SearchedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SearchedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    SearchedByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SearchedFor = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SearchReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
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
                name: "ApplicationRegisterCheckSources",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegisterCheckId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
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
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegisterCheckId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PersonId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RegisterReference = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    AuthorityCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AuthorityName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DecisionDate = table.Column<DateOnly>(type: "date", nullable: false),
                    LicenceType = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Band = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Score = table.Column<double>(type: "float", nullable: false),
                    Reasons = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    DetailsRequestedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DetailsRequestedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RequestNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ReplyReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reply = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    ReplyRecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Decisions");

            migrationBuilder.DropTable(
                name: "Notices");

            migrationBuilder.DropTable(
                name: "PolicyRows");

            migrationBuilder.DropTable(
                name: "ApplicationRegisterChecks");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "PolicyVersions");

            migrationBuilder.DropTable(
                name: "Applications");

            migrationBuilder.DropTable(
                name: "Licences");

            migrationBuilder.DropTable(
                name: "People");
        }
    }
}
