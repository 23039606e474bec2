using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JobConnect.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class LetterDispatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LetterDispatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    InvitationId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PlanVersion = table.Column<int>(type: "int", nullable: true),
                    IssuedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    IssuedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    BatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StatusBefore = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReminderDaysBefore = table.Column<int>(type: "int", nullable: true),
                    PageTokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    UndoneUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UndoneByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LetterDispatches", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LetterDispatches_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LetterDispatches_BatchId",
                table: "LetterDispatches",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_LetterDispatches_InvitationId_Kind",
                table: "LetterDispatches",
                columns: new[] { "InvitationId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_LetterDispatches_InvitationId_ReminderDaysBefore",
                table: "LetterDispatches",
                columns: new[] { "InvitationId", "ReminderDaysBefore" },
                unique: true,
                filter: "[ReminderDaysBefore] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LetterDispatches_PageTokenHash",
                table: "LetterDispatches",
                column: "PageTokenHash",
                unique: true,
                filter: "[PageTokenHash] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LetterDispatches");
        }
    }
}
