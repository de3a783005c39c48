using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class UniqueLicenceNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The DBA's script has no NumbersUsedTwice before it, and a failing CREATE UNIQUE INDEX ends only its own
            // statement: the script would go on to record the migration as applied without the index. So licences
            // sharing a number stop this migration first, named, before anything is dropped; THROW ends the batch,
            // so the history row and the COMMIT after it never run.
            migrationBuilder.Sql("""
                DECLARE @clashes nvarchar(max) = (
                    SELECT STRING_AGG(CONVERT(nvarchar(max), [Clash]), N'; ') FROM (
                        SELECT N'licence number ' + MIN([Number]) + N' is on licences ' + STRING_AGG([Number], N', ') AS [Clash]
                        FROM [Licences] GROUP BY [SearchNumber] HAVING COUNT(*) > 1
                        UNION ALL
                        SELECT N'badge number ' + MIN([BadgeNumber]) + N' is on licences ' + STRING_AGG([Number], N', ')
                        FROM [Licences] WHERE [SearchBadgeNumber] IS NOT NULL GROUP BY [SearchBadgeNumber] HAVING COUNT(*) > 1
                    ) AS [Clashes]);
                IF @clashes IS NOT NULL
                BEGIN
                    SET @clashes = LEFT(N'The database was not upgraded and nothing in it was changed: licence and badge numbers must be unique, and these are used more than once. Give each licence its own number, then run the script again. ' + @clashes, 2000);
                    THROW 50000, @clashes, 1;
                END;
                """);

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
                unique: true,
                filter: "[SearchBadgeNumber] IS NOT NULL");

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
