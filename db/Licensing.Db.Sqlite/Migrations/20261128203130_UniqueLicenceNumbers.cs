using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UniqueLicenceNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Licences already sharing a number are named, and this migration not begun, by NumbersUsedTwice (DomainServices.MigrateAsync).
            migrationBuilder.DropIndex(
                name: "IX_Licences_SearchBadgeNumber",
                table: "Licences");

            migrationBuilder.DropIndex(
                name: "IX_Licences_SearchNumber",
                table: "Licences");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_SearchBadgeNumber",
                table: "Licences",
                column: "SearchBadgeNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Licences_SearchNumber",
                table: "Licences",
                column: "SearchNumber",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Licences_SearchBadgeNumber",
                table: "Licences");

            migrationBuilder.DropIndex(
                name: "IX_Licences_SearchNumber",
                table: "Licences");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_SearchBadgeNumber",
                table: "Licences",
                column: "SearchBadgeNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Licences_SearchNumber",
                table: "Licences",
                column: "SearchNumber");
        }
    }
}
