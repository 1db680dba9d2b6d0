/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#include "wifi-mac-frames.h"

#include "ns3/log.h"
#include "ns3/mac-rx-middle.h"
#include "ns3/packet.h"
#include "ns3/qos-txop.h"
#include "ns3/wifi-mac-header.h"
#include "ns3/wifi-mac-queue.h"
#include "ns3/wifi-mpdu.h"

namespace ns3
{

NS_LOG_COMPONENT_DEFINE("WlcWifiMacFrames");

namespace wlcmac
{
namespace
{

/**
 * WifiMac::Receive is protected (and private in StaWifiMac and ApWifiMac, which override it):
 * a pointer to it can be formed in a class derived from WifiMac. Calling through the pointer
 * dispatches virtually, to the MAC's own Receive.
 */
struct ReceiveAccess : public WifiMac
{
    /// \return &WifiMac::Receive
    static auto Get()
    {
        return &ReceiveAccess::Receive;
    }
};

/// The filter. \param mac the MAC \param callback the callback \param mpdu a frame \param linkId
/// the link
void
Filter(WifiMac* mac,
       const ManagementRxCallback& callback,
       const ReceiveWrapper& wrapper,
       Ptr<const WifiMpdu> mpdu,
       uint8_t linkId)
{
    const WifiMacHeader& header = mpdu->GetHeader();
    if (header.IsAuthentication() && header.GetAddr1() == mac->GetAddress())
    {
        Ptr<const Packet> packet = mpdu->GetPacket();
        std::vector<uint8_t> body(packet->GetSize());
        packet->CopyData(body.data(), body.size());
        NS_LOG_DEBUG("Authentication from " << header.GetAddr2() << ", " << body.size()
                                            << " bytes");
        if (!callback.IsNull())
        {
            callback(header.GetAddr2(), header.GetAddr3(), body);
        }
        return;
    }
    if (wrapper)
    {
        wrapper(mpdu, [mac, mpdu, linkId]() { (mac->*ReceiveAccess::Get())(mpdu, linkId); });
        return;
    }
    (mac->*ReceiveAccess::Get())(mpdu, linkId);
}

} // namespace

void
InstallAuthenticationFilter(WifiMac* mac,
                            Ptr<MacRxMiddle> rxMiddle,
                            ManagementRxCallback callback,
                            ReceiveWrapper wrapper)
{
    rxMiddle->SetForwardCallback(Callback<void, Ptr<const WifiMpdu>, uint8_t>(
        [mac, callback, wrapper](Ptr<const WifiMpdu> mpdu, uint8_t linkId) {
            Filter(mac, callback, wrapper, mpdu, linkId);
        }));
}

uint8_t
ManagementSubtype(WifiMacType type)
{
    switch (type) // IEEE 802.11-2020 Table 9-1
    {
    case WIFI_MAC_MGT_ASSOCIATION_REQUEST:
        return 0;
    case WIFI_MAC_MGT_ASSOCIATION_RESPONSE:
        return 1;
    case WIFI_MAC_MGT_REASSOCIATION_REQUEST:
        return 2;
    case WIFI_MAC_MGT_REASSOCIATION_RESPONSE:
        return 3;
    case WIFI_MAC_MGT_PROBE_REQUEST:
        return 4;
    case WIFI_MAC_MGT_PROBE_RESPONSE:
        return 5;
    case WIFI_MAC_MGT_BEACON:
        return 8;
    case WIFI_MAC_MGT_DISASSOCIATION:
        return 10;
    case WIFI_MAC_MGT_AUTHENTICATION:
        return 11;
    case WIFI_MAC_MGT_DEAUTHENTICATION:
        return 12;
    default:
        return 0xff;
    }
}

std::vector<Ptr<WifiMacQueue>>
GetQueues(Ptr<const WifiMac> mac)
{
    std::vector<Ptr<WifiMacQueue>> queues;
    if (Ptr<Txop> txop = mac->GetTxop())
    {
        queues.push_back(txop->GetWifiMacQueue());
    }
    if (mac->GetQosSupported())
    {
        for (AcIndex ac : {AC_BE, AC_BK, AC_VI, AC_VO})
        {
            if (Ptr<QosTxop> qosTxop = mac->GetQosTxop(ac))
            {
                queues.push_back(qosTxop->GetWifiMacQueue());
            }
        }
    }
    return queues;
}

bool
AppendToQueued(Ptr<WifiMac> mac, Ptr<const WifiMpdu> mpdu, const std::vector<uint8_t>& elements)
{
    if (!mpdu->IsQueued() || mpdu->IsInFlight())
    {
        return false;
    }
    Ptr<const Packet> packet = mpdu->GetPacket();
    std::vector<uint8_t> body(packet->GetSize());
    packet->CopyData(body.data(), body.size());
    body.insert(body.end(), elements.begin(), elements.end());
    Ptr<WifiMpdu> replacement =
        Create<WifiMpdu>(Create<Packet>(body.data(), body.size()), mpdu->GetHeader());
    // the queue of the frame's access category: DCF, EDCA, or an AP's beacon queue (AC_BEACON)
    Ptr<WifiMacQueue> queue = mac->GetTxopQueue(mpdu->GetQueueAc());
    if (!queue)
    {
        return false;
    }
    queue->Replace(mpdu, replacement);
    return true;
}

void
QueueAuthentication(Ptr<WifiMac> mac,
                    Mac48Address to,
                    Mac48Address bssid,
                    const std::vector<uint8_t>& body)
{
    WifiMacHeader header;
    header.SetType(WIFI_MAC_MGT_AUTHENTICATION);
    header.SetAddr1(to);
    header.SetAddr2(mac->GetAddress());
    header.SetAddr3(bssid);
    header.SetDsNotFrom();
    header.SetDsNotTo();
    Ptr<Packet> packet = Create<Packet>(body.data(), body.size());
    Ptr<Txop> txop = mac->GetQosSupported() ? Ptr<Txop>(mac->GetQosTxop(AC_VO)) : mac->GetTxop();
    txop->Queue(Create<WifiMpdu>(packet, header));
}

} // namespace wlcmac
} // namespace ns3
