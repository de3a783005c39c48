using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Licensing.Db.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ReferralOutcomeTookEffect : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OutcomeTookEffectOn",
                table: "PartnerReferrals",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OutcomeTookEffectOn",
                table: "PartnerReferrals");
        }
    }
}
