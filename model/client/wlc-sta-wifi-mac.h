/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_STA_WIFI_MAC_H
#define WLC_STA_WIFI_MAC_H

#include "ns3/callback.h"
#include "ns3/mac48-address.h"
#include "ns3/sta-wifi-mac.h"
#include "ns3/traced-callback.h"

#include <functional>
#include <optional>
#include <vector>

namespace ns3
{

class WifiMacQueue;
class WifiMpdu;

/**
 * \ingroup wlc
 * ns-3's station MAC with the three things a roaming client needs and StaWifiMac lacks.
 *
 * - Off-channel dwells: while SetOffChannel(true) is in force, a channel switch neither ends
 *   the association nor resets the remote station manager (StaWifiMac does both on every
 *   switch), so a client can visit another channel for a background scan and come back to its
 *   AP. Probe Responses received off channel reach the association manager as usual.
 * - Leaving a BSS on purpose: SendDisassociation() queues a real Disassociation frame to the
 *   AP, and LeaveBss() ends the association the way StaWifiMac ends it after a channel switch,
 *   which starts a new scan through the association manager.
 * - Reassociation: after PrepareReassociation(), the Association Request that StaWifiMac
 *   queues next is replaced, before it is sent, by a Reassociation Request with the same
 *   elements and the given Current AP Address (802.11-2020 9.3.3.8). ns-3's StaWifiMac only
 *   ever sends Association Requests after a scan.
 *
 * Use it with WifiMacHelper::SetType("ns3::WlcStaWifiMac") (RoamingHelper does this).
 */
class WlcStaWifiMac : public StaWifiMac
{
  public:
    /// Reason code 8: the station is leaving (or has left) the BSS (802.11-2020 Table 9-49).
    static constexpr uint16_t REASON_LEAVING_BSS = 8;

    /**
     * Called when a channel switch ends.
     * \param offChannel whether the switch happened during an off-channel dwell
     */
    using ChannelSwitchedCallback = Callback<void, bool>;

    /**
     * Signature of the Disassociation trace.
     * \param bssid the AP \param reason the reason code sent
     */
    using DisassociationTracedCallback = void (*)(Mac48Address bssid, uint16_t reason);
    /**
     * Signature of the ReassociationRequest trace.
     * \param bssid the new AP \param currentAp the AP the station leaves
     */
    using ReassociationTracedCallback = void (*)(Mac48Address bssid, Mac48Address currentAp);

    /// \return the TypeId
    static TypeId GetTypeId();
    WlcStaWifiMac();
    ~WlcStaWifiMac() override;
    WlcStaWifiMac(const WlcStaWifiMac&) = delete;
    WlcStaWifiMac& operator=(const WlcStaWifiMac&) = delete;

    /**
     * Mark the channel switches that follow as off-channel dwells (true) or normal (false).
     * \param offChannel the new mode
     */
    void SetOffChannel(bool offChannel);
    /// \return whether channel switches are off-channel dwells
    bool IsOffChannel() const;
    /// \param callback called at the end of each channel switch
    void SetChannelSwitchedCallback(ChannelSwitchedCallback callback);
    /**
     * Elements (the RSNE, with 802.11r the MDE and FTE) to append to a request to an AP.
     * \param bssid the AP \param reassociation whether the request is a Reassociation Request
     * \return the elements (empty: none)
     */
    using RsnElementCallback =
        std::function<std::vector<uint8_t>(Mac48Address bssid, bool reassociation)>;
    /**
     * \param callback asked, for each (Re)Association Request queued through
     *        JoinWithRequestHeld(), for elements to append (the supplicant's RSNE, with a
     *        PMKID for OKC; the RSNE, MDE and FTE of 802.11r). They go after every other
     *        element, because ns-3's own parser expects its elements in a fixed order and stops
     *        at the first it does not expect.
     */
    void SetRsnElementCallback(RsnElementCallback callback);
    /**
     * Told of every Beacon, and of each Probe Response, Association Response or Reassociation
     * Response addressed to the station, before StaWifiMac handles it.
     * \param bssid the AP \param type the frame's type \param body its body
     */
    using ResponseCallback =
        std::function<void(Mac48Address bssid, WifiMacType type, const std::vector<uint8_t>& body)>;
    /// \param callback told of Beacons and responses (for the elements ns-3's parser skips)
    void SetResponseCallback(ResponseCallback callback);
    /// Told of each (Re)Association Request queued: the AP and the elements appended to it.
    using RequestCallback =
        std::function<void(Mac48Address bssid, const std::vector<uint8_t>& rsnElement)>;
    /**
     * \param callback told of every (Re)Association Request the station queues, with the RSN
     *        element it carries (empty: none, as in ns-3's own requests and retries)
     */
    void SetRequestCallback(RequestCallback callback);
    /**
     * Queue an 802.11 Authentication frame (ns-3's own MAC has none; for 802.11r).
     * \param bssid the AP (receiver and Address 3) \param body the frame body
     */
    void SendAuthentication(Mac48Address bssid, const std::vector<uint8_t>& body);
    /**
     * Signature of the AuthenticationReceived trace.
     * \param bssid the AP \param body the frame body
     */
    using AuthenticationTracedCallback = void (*)(Mac48Address bssid,
                                                  const std::vector<uint8_t>& body);
    /**
     * Queue a Disassociation frame to the AP the station is associated with.
     * \param reason the reason code
     * \return false if the station is not associated
     */
    bool SendDisassociation(uint16_t reason);
    /**
     * End the association now (no frame is sent) and start scanning.
     * \return false if the station was not associated
     */
    bool LeaveBss();
    /**
     * Make the next Association Request a Reassociation Request.
     * \param currentAp the Current AP Address field (the AP the station leaves)
     */
    void PrepareReassociation(Mac48Address currentAp);
    /// Forget a pending PrepareReassociation().
    void CancelReassociation();
    /**
     * Call a function that makes StaWifiMac queue its (Re)Association Request (such as
     * StaWifiMac::ScanningTimeout), with channel access held back until the queued request was
     * turned into a Reassociation Request when one was prepared.
     * \param queueRequest the function
     */
    void JoinWithRequestHeld(const std::function<void()>& queueRequest);
    /// \return whether the station has at least one frame queued for transmission
    bool HasQueuedFrames() const;
    /// \return the BSSID of the AP the station is associated with (if it is)
    std::optional<Mac48Address> GetAssociatedBssid() const;

    void NotifyChannelSwitching(uint8_t linkId) override;

  private:
    /// \return the MAC's transmit queues (DCF and, with QoS, the four EDCA queues)
    std::vector<Ptr<WifiMacQueue>> GetQueues() const;
    /**
     * Enqueue trace of the transmit queues: remembers the Association Request to replace.
     * \param mpdu the MPDU queued
     */
    void Enqueued(Ptr<const WifiMpdu> mpdu);
    /// Replace the remembered Association Request with a Reassociation Request.
    void ReplaceRequest();
    /**
     * Around StaWifiMac's Receive: tells the ResponseCallback of Beacons and responses first.
     * \param mpdu the frame \param receive hands it to StaWifiMac
     */
    void AroundReceive(Ptr<const WifiMpdu> mpdu, const std::function<void()>& receive);

    bool m_offChannel{false};                  //!< channel switches are off-channel dwells
    bool m_holding{false};                     //!< inside JoinWithRequestHeld()
    ChannelSwitchedCallback m_channelSwitched; //!< end-of-switch callback
    RsnElementCallback m_rsnElement;           //!< RSN element of Reassociation Requests
    RequestCallback m_requestQueued;           //!< told of every request queued
    ResponseCallback m_response;               //!< told of responses
    /// Connect the Enqueue traces of the transmit queues (once).
    void ConnectQueueTraces();
    /// An Authentication frame arrived. \param from the sender \param bssid its Address 3
    /// \param body its body
    void AuthenticationReceived(Mac48Address from,
                                Mac48Address bssid,
                                const std::vector<uint8_t>& body);
    TracedCallback<Mac48Address, const std::vector<uint8_t>&> m_authTrace; //!< received
    std::optional<Mac48Address> m_reassocFrom; //!< Current AP Address of the next request
    Ptr<const WifiMpdu> m_request;             //!< the request to replace
    bool m_tracesConnected{false};             //!< queue traces connected
    TracedCallback<Mac48Address, uint16_t> m_disassocTrace;    //!< Disassociation sent
    TracedCallback<Mac48Address, Mac48Address> m_reassocTrace; //!< Reassociation Request
};

} // namespace ns3

#endif /* WLC_STA_WIFI_MAC_H */
