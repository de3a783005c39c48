using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SuspensionPeriods : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Suspensions are now decided as a period whose end is worked out when they take effect. Only
            // columns are added: a suspension decided before keeps the fixed SuspensionEndsOn it was decided
            // with, and a recommendation keeps its RecommendedSuspensionEndsOn to show.
            migrationBuilder.AddColumn<int>(
                name: "RecommendedSuspensionLength",
                table: "ReviewCases",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecommendedSuspensionUnit",
                table: "ReviewCases",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "SuspensionLength",
                table: "Decisions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuspensionUnit",
                table: "Decisions",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RecommendedSuspensionLength",
                table: "ReviewCases");

            migrationBuilder.DropColumn(
                name: "RecommendedSuspensionUnit",
                table: "ReviewCases");

            migrationBuilder.DropColumn(
                name: "SuspensionLength",
                table: "Decisions");

            migrationBuilder.DropColumn(
                name: "SuspensionUnit",
                table: "Decisions");
        }
    }
}
