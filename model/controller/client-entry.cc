/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "client-entry.h"

namespace ns3
{

std::string
PemStateName(PemState state)
{
    switch (state)
    {
    case PemState::START:
        return "START";
    case PemState::AUTHCHECK:
        return "AUTHCHECK";
    case PemState::DOT1X_REQD:
        return "8021X_REQD";
    case PemState::L2AUTHCOMPLETE:
        return "L2AUTHCOMPLETE";
    case PemState::DHCP_REQD:
        return "DHCP_REQD";
    case PemState::RUN:
        return "RUN";
    }
    return "UNKNOWN";
}

std::string
MobilityRoleName(MobilityRole role)
{
    switch (role)
    {
    case MobilityRole::LOCAL:
        return "Local";
    case MobilityRole::ANCHOR:
        return "Anchor";
    case MobilityRole::FOREIGN:
        return "Foreign";
    }
    return "Unknown";
}

std::ostream&
operator<<(std::ostream& os, const ClientEntry& entry)
{
    os << entry.mac << " ap=" << entry.apName << " wlan=" << unsigned(entry.wlanId)
       << " ip=" << entry.ip << " " << PemStateName(entry.pemState) << " ("
       << unsigned(entry.pemState) << ") " << MobilityRoleName(entry.mobilityRole)
       << " vlan=" << entry.vlan;
    return os;
}

} // namespace ns3
