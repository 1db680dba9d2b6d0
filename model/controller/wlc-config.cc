/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wlc-config.h"

namespace ns3
{

std::string
WlanSecurityName(WlanSecurity security)
{
    switch (security)
    {
    case WlanSecurity::OPEN:
        return "Open";
    case WlanSecurity::WPA2_PSK:
        return "WPA2-PSK";
    case WlanSecurity::WPA2_8021X:
        return "WPA2-802.1X";
    }
    return "Unknown";
}

} // namespace ns3
