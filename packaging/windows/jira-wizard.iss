; Inno Setup 6 script: the Windows installer of the Jira Connection Wizard.
;
; Build the bundle on Windows first (scripts/build-bundle, which leaves it in
; dist\jira-wizard), then compile this script:
;
;   iscc packaging\windows\jira-wizard.iss
;
; It writes dist\jira-wizard-<version>-windows-setup.exe. The version below is
; the package's (jira_wizard/__init__.py); /DAppVersion=x.y.z overrides it.
;
; The installer asks whether to install for every account (needs an
; administrator) or for the current one; /ALLUSERS or /CURRENTUSER choose on
; the command line. For every account it installs into Program Files and
; registers the jira-wizard:// links under HKLM\Software\Classes (that is,
; HKEY_CLASSES_ROOT); for one account, under %LOCALAPPDATA%\Programs and
; HKCU\Software\Classes.
;
; A managed roll-out lays down the organization's policy file in the same
; silent run:
;
;   jira-wizard-0.1.0-windows-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS
;       /POLICY="\\server\share\policy.toml"
;
; /POLICY takes a full path (on a drive or a network share) and copies the
; file to %ProgramData%\jira-wizard\policy.toml, the place the program reads
; it from (jira_wizard/core/policy.py). The folder is made writable by
; administrators only, so that no other account can plant a policy.
; Uninstalling leaves the policy: it belongs to the organization.

#define AppName "Jira Connection Wizard"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppPublisher "Jira Connection Wizard"
; jira-wizard.exe serves the command line; jira-wizardw.exe opens the wizard
; without a console window (the Start menu and jira-wizard:// links use it).
#define ConsoleExe "jira-wizard.exe"
#define WindowedExe "jira-wizardw.exe"
#define UrlScheme "jira-wizard"
#define PolicyFolder "{commonappdata}\jira-wizard"
#define PolicyName "policy.toml"

[Setup]
; The id that ties upgrades and the uninstaller together: never change it.
AppId={{B3DCFB25-F276-40C9-ABF2-1C7563FC111D}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=jira-wizard-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#WindowedExe}
UninstallDisplayName={#AppName}
ChangesEnvironment=yes
CloseApplications=yes

[Tasks]
Name: "addtopath"; Description: "Add the jira-wizard command to the PATH (for helpdesks and scripts)"

[Files]
Source: "..\..\dist\jira-wizard\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; "external": copied from where /POLICY points at install time, not built in.
Source: "{param:POLICY}"; DestDir: "{#PolicyFolder}"; DestName: "{#PolicyName}"; Flags: external ignoreversion uninsneveruninstall; Check: PolicyGiven

[Dirs]
Name: "{#PolicyFolder}"; Flags: uninsneveruninstall; Check: IsAdminInstallMode

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#WindowedExe}"; Comment: "Connect this computer to Jira Cloud"

[Registry]
; HKA is HKLM for an all-accounts install and HKCU for a per-account one.
; jira-wizard://setup?... links (helpdesk presets) open the wizard.
Root: HKA; Subkey: "Software\Classes\{#UrlScheme}"; ValueType: string; ValueName: ""; ValueData: "URL:{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#UrlScheme}"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\{#UrlScheme}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#WindowedExe}"",0"
Root: HKA; Subkey: "Software\Classes\{#UrlScheme}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#WindowedExe}"" ""%1"""

[Run]
; ProgramData lets every account create files in new folders; the policy
; folder keeps only administrators and the system as writers, and everyone
; as readers (the program runs as the person and must read the policy).
; Well-known SIDs, so it works in every Windows language: S-1-5-32-544
; Administrators, S-1-5-18 SYSTEM, S-1-5-32-545 Users.
Filename: "{sys}\icacls.exe"; Parameters: """{#PolicyFolder}"" /inheritance:r /grant:r *S-1-5-32-544:(OI)(CI)F *S-1-5-18:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; Flags: runhidden; Check: IsAdminInstallMode
Filename: "{app}\{#WindowedExe}"; Description: "Open the {#AppName}"; Flags: nowait postinstall skipifsilent

[Code]
function PolicyGiven(): Boolean;
begin
  Result := ExpandConstant('{param:POLICY|}') <> '';
end;

function InitializeSetup(): Boolean;
var
  Policy: String;
begin
  Result := True;
  Policy := ExpandConstant('{param:POLICY|}');
  if Policy = '' then
    Exit;
  if ExtractFileDrive(Policy) = '' then
  begin
    SuppressibleMsgBox('Give the policy file''s full path: /POLICY="C:\path\policy.toml".', mbError, MB_OK, IDOK);
    Result := False;
  end
  else if not FileExists(Policy) then
  begin
    SuppressibleMsgBox('The policy file ' + Policy + ' does not exist.', mbError, MB_OK, IDOK);
    Result := False;
  end
  else if not IsAdminInstallMode() then
  begin
    SuppressibleMsgBox('A policy applies to every account: install for all users (/ALLUSERS) to lay it down.', mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

{ The PATH entry: HKLM's for every account, HKCU's for one. }

function EnvironmentRoot(): Integer;
begin
  if IsAdminInstallMode() then
    Result := HKEY_LOCAL_MACHINE
  else
    Result := HKEY_CURRENT_USER;
end;

function EnvironmentKey(): String;
begin
  if IsAdminInstallMode() then
    Result := 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment'
  else
    Result := 'Environment';
end;

function PathWith(Path, Folder: String): String;
begin
  if Pos(';' + Uppercase(Folder) + ';', ';' + Uppercase(Path) + ';') > 0 then
    Result := Path
  else if (Path = '') or (Copy(Path, Length(Path), 1) = ';') then
    Result := Path + Folder
  else
    Result := Path + ';' + Folder;
end;

function PathWithout(Path, Folder: String): String;
var
  Rest: String;
  At: Integer;
begin
  Rest := ';' + Path + ';';
  At := Pos(';' + Uppercase(Folder) + ';', Uppercase(Rest));
  if At > 0 then
    Delete(Rest, At, Length(Folder) + 1);
  Result := Copy(Rest, 2, Length(Rest) - 2);
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Path: String;
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
  begin
    if not RegQueryStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', Path) then
      Path := '';
    RegWriteExpandStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', PathWith(Path, ExpandConstant('{app}')));
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Path: String;
begin
  if (CurUninstallStep = usPostUninstall) and RegQueryStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', Path) then
    RegWriteExpandStringValue(EnvironmentRoot(), EnvironmentKey(), 'Path', PathWithout(Path, ExpandConstant('{app}')));
end;
