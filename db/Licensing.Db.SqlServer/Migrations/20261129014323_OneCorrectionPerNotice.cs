using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OneCorrectionPerNotice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Notices_OneCorrectionPerNotice",
                table: "Notices",
                column: "ReplacesNoticeId",
                unique: true,
                filter: "ReplacesNoticeId IS NOT NULL AND Status <> 'Withdrawn'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notices_OneCorrectionPerNotice",
                table: "Notices");
        }
    }
}
