; Inno Setup script of the Windows installer: packs dist\labeler\ (made by
; `python packaging\build.py` on Windows) into dist\labeler-<version>-windows-x64-setup.exe.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\labeler.iss
;
; The file names here are the ones packaging/manifest.py gives (COMMAND, NAME, APP_ID, the
; icon): tests/packaging/test_manifest.py checks that they agree. packaging/README.md says
; how to build and sign it.

#ifndef AppVersion
  #error Give the version: iscc /DAppVersion=0.1.0 packaging\windows\labeler.iss
#endif

#define AppName "Labeler"
#define AppCommand "labeler"
#define AppId "org.labeler.Labeler"
#define Bundle "..\..\dist\labeler"

[Setup]
; The id of the installation Windows keeps (uuid5 of the application's id): never change it,
; or an update installs beside the old version instead of over it.
AppId={{8A75E835-FA2F-5E55-9937-4C73B01EF2CC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The labeler developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename={#AppCommand}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\bundle\icons\labeler.ico
UninstallDisplayIcon={app}\{#AppCommand}.exe
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Per user or for everyone, as the person installing chooses.
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\{#AppCommand}.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\{#AppCommand}-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppCommand}.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppCommand}.exe"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\{#AppCommand}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
