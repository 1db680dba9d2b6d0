/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "show-commands.h"

#include <iomanip>
#include <sstream>

namespace ns3
{

namespace
{

/// Width of a dotted label, including the dots.
constexpr std::size_t LABEL_WIDTH = 49;

/// \param value something printable \return its text
template <typename T>
std::string
Text(const T& value)
{
    std::ostringstream os;
    os << value;
    return os.str();
}

/// \param rates rates in Mb/s \return "6.0,9.0,..."
std::string
RatesText(const std::vector<double>& rates)
{
    std::ostringstream os;
    os << std::fixed << std::setprecision(1);
    for (std::size_t i = 0; i < rates.size(); ++i)
    {
        os << (i ? "," : "") << rates[i];
    }
    return os.str();
}

/// \param text a cell \param width its column width \return the cell padded (or cut) to width
std::string
Cell(const std::string& text, std::size_t width)
{
    std::string cell = text.substr(0, width);
    cell.resize(width, ' ');
    return cell;
}

} // namespace

std::string
ShowCommands::DottedLine(const std::string& label, const std::string& value)
{
    std::string padded = label;
    if (padded.size() < LABEL_WIDTH)
    {
        padded.resize(LABEL_WIDTH, '.');
    }
    return " " + padded + " " + value + "\n";
}

std::string
ShowCommands::ClientSummary(const ClientDatabase& clients)
{
    std::ostringstream os;
    os << DottedLine("Number of Clients", Text(clients.GetN()));
    os << " MAC Address       AP Name           Status        WLAN           Auth Protocol         "
          "Port Wired\n";
    os << " ----------------- ----------------- ------------- -------------- ---- ---------------- "
          "---- -----\n";
    for (const ClientEntry* entry : clients.GetAll())
    {
        bool anchor = entry->mobilityRole == MobilityRole::ANCHOR;
        os << " " << Cell(Text(entry->mac), 17) << " "
           << Cell(anchor ? Text(entry->mobilityPeer) : entry->apName, 17) << " "
           << Cell("Associated", 13) << " " << Cell(Text(unsigned(entry->wlanId)), 14) << " "
           << Cell(entry->securityPolicyCompleted ? "Yes" : "No", 4) << " "
           << Cell(anchor ? "Mobile" : entry->protocol, 16) << " " << Cell("1", 4) << " "
           << "N/A\n";
    }
    return os.str();
}

std::string
ShowCommands::ClientDetail(const ClientEntry& e, Time now)
{
    bool anchor = e.mobilityRole == MobilityRole::ANCHOR;
    std::ostringstream os;
    os << DottedLine("Client MAC Address", Text(e.mac));
    os << DottedLine("Client Username ", e.username.empty() ? "N/A" : e.username);
    os << DottedLine("AP MAC Address", anchor ? "00:00:00:00:00:00" : Text(e.apMac));
    os << DottedLine("AP Name", anchor ? "N/A" : e.apName);
    os << DottedLine("Client State", "Associated");
    os << DottedLine("Client NAC OOB State", "Access");
    os << DottedLine("Wireless LAN Id", Text(unsigned(e.wlanId)));
    // an anchor entry has no BSSID of its own: AireOS shows 00:00:00:00:00:<WLAN index>, the
    // WLAN's id minus one (00:00:00:00:00:07 for WLAN 8 in the reference)
    std::ostringstream anchorBssid;
    anchorBssid << "00:00:00:00:00:" << std::hex << std::setw(2) << std::setfill('0')
                << (e.wlanId ? e.wlanId - 1 : 0);
    os << DottedLine("BSSID", anchor ? anchorBssid.str() : Text(e.bssid));
    os << DottedLine("Connected For ",
                     Text(static_cast<int64_t>((now - e.connectedSince).GetSeconds())) + " secs");
    os << DottedLine("Channel", anchor || e.channel == 0 ? "N/A" : Text(e.channel));
    os << DottedLine("IP Address", Text(e.ip));
    os << DottedLine("Association Id", Text(anchor ? 0 : e.associationId));
    os << DottedLine("Authentication Algorithm", "Open System");
    os << DottedLine("Reason Code", "1");
    os << DottedLine("Status Code", "0");
    os << DottedLine("Session Timeout", "0");
    os << DottedLine("Client CCX version", "No CCX support");
    os << DottedLine("QoS Level", "Silver");
    os << DottedLine("802.1P Priority Tag", "disabled");
    os << DottedLine("WMM Support", e.wmm ? "Enabled" : "Disabled");
    os << DottedLine("Power Save", "OFF");
    os << DottedLine("Supported Rates", RatesText(e.supportedRates));
    os << DottedLine("Mobility State", MobilityRoleName(e.mobilityRole));
    if (e.mobilityRole == MobilityRole::ANCHOR)
    {
        os << DottedLine("Mobility Foreign IP Address", Text(e.mobilityPeer));
    }
    else if (e.mobilityRole == MobilityRole::FOREIGN)
    {
        os << DottedLine("Mobility Anchor IP Address", Text(e.mobilityPeer));
    }
    os << DottedLine("Mobility Move Count", Text(e.moveCount));
    os << DottedLine("Security Policy Completed", e.securityPolicyCompleted ? "Yes" : "No");
    os << DottedLine("Policy Manager State", PemStateName(e.pemState));
    os << DottedLine("Policy Manager Rule Created", "Yes");
    os << DottedLine("ACL Name", "none");
    os << DottedLine("ACL Applied Status", "Unavailable");
    os << DottedLine("Policy Type", e.policyType);
    os << DottedLine("Authentication Key Management", e.keyManagement);
    os << DottedLine("Encryption Cipher", e.cipher);
    os << DottedLine("Management Frame Protection", "No");
    bool dot1x = e.keyManagement == "802.1X" || e.keyManagement == "FT-802.1X";
    os << DottedLine("EAP Type", dot1x ? e.eapType : "Unknown");
    os << DottedLine("Interface", e.interfaceName);
    os << DottedLine("VLAN", Text(e.vlan));
    os << DottedLine("Quarantine VLAN", "0");
    os << DottedLine("Access VLAN", Text(e.accessVlan));
    return os.str();
}

std::string
ShowCommands::ApSummary(const ApTable& aps, const ClientDatabase& clients)
{
    std::ostringstream os;
    os << DottedLine("Number of APs", Text(aps.GetN())) << "\n";
    os << "AP Name             Slots  AP Model              Ethernet MAC       Location          "
          "Country     IP Address       Clients\n";
    os << "------------------  -----  --------------------  -----------------  ----------------  "
          "----------  ---------------  --------\n";
    for (const ApEntry* ap : aps.GetAll())
    {
        std::size_t n = 0;
        for (const ClientEntry* client : clients.FindByAp(ap->ethernetMac))
        {
            n += client->mobilityRole != MobilityRole::ANCHOR;
        }
        os << Cell(ap->name, 18) << "  " << Cell(" " + Text(unsigned(ap->radios)), 5) << "  "
           << Cell(ap->model, 20) << "  " << Cell(Text(ap->ethernetMac), 17) << "  "
           << Cell(ap->location, 16) << "  " << Cell("US", 10) << "  " << Cell(Text(ap->ip), 15)
           << "  " << Text(n) << "\n";
    }
    return os.str();
}

} // namespace ns3
