using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OneScheduledHearing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Hearings_OneScheduledPerApplication",
                table: "Hearings",
                column: "ApplicationId",
                unique: true,
                filter: "Status = 'Scheduled' AND ApplicationId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Hearings_OneScheduledPerCase",
                table: "Hearings",
                column: "ReviewCaseId",
                unique: true,
                filter: "Status = 'Scheduled' AND ReviewCaseId IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Hearings_OneScheduledPerApplication",
                table: "Hearings");

            migrationBuilder.DropIndex(
                name: "IX_Hearings_OneScheduledPerCase",
                table: "Hearings");
        }
    }
}
