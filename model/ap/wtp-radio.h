/*
 * SPDX-License-Identifier: GPL-2.0-only
 */

#ifndef WLC_WTP_RADIO_H
#define WLC_WTP_RADIO_H

#include "ns3/callback.h"
#include "ns3/mac48-address.h"
#include "ns3/net-device.h"
#include "ns3/object.h"
#include "ns3/ssid.h"
#include "ns3/traced-callback.h"
#include "ns3/wtp-ft-responder.h"

#include <map>
#include <set>
#include <vector>

namespace ns3
{

class Packet;
class WifiNetDevice;
class WifiTxVector;
class WifiMpdu;
struct MpduInfo;
struct SignalNoiseDbm;

/**
 * \ingroup wlc
 * One radio of a lightweight AP: the glue between the AP's CAPWAP logic (CapwapWtp) and an ns-3
 * WifiNetDevice in AP mode.
 *
 * The radio is off (PHY off, no beacons) until the controller configures a WLAN on it, and goes
 * off again when the AP loses its controller. It hands every MSDU that the ApWifiMac receives to
 * the WTP (the AP bridges nothing locally), transmits the frames the WTP gives it, and reports
 * associations together with the (Re)Association Request frame that the station sent, captured on
 * the PHY, so that the WTP can forward the real frame to its controller (Local MAC, RFC 5416).
 */
class WtpRadio : public Object
{
  public:
    /**
     * A station completed its association.
     * \param station the station's MAC
     * \param aid its association id
     * \param request the (Re)Association Request MPDU it sent (MAC header and body, no FCS;
     *        empty if none was captured)
     */
    using AssociationCallback = Callback<void, Mac48Address, uint16_t, std::vector<uint8_t>>;
    /**
     * A station left (disassociation received by the ApWifiMac).
     * \param station the station's MAC
     */
    using DisassociationCallback = Callback<void, Mac48Address>;
    /**
     * An MSDU from a station.
     * \param payload the MSDU
     * \param source its source MAC
     * \param destination its destination MAC
     * \param etherType its EtherType
     */
    using FrameCallback = Callback<void, Ptr<const Packet>, Mac48Address, Mac48Address, uint16_t>;
    /// Told of an Authentication frame from a station: the station and the frame body.
    using AuthenticationCallback = Callback<void, Mac48Address, std::vector<uint8_t>>;

    /// \return the TypeId
    static TypeId GetTypeId();
    WtpRadio();
    ~WtpRadio() override;
    WtpRadio(const WtpRadio&) = delete;
    WtpRadio& operator=(const WtpRadio&) = delete;

    /**
     * Attach the radio to its device (an ApWifiMac) and switch it off.
     * \param device the AP's Wi-Fi device
     * \param radioId the CAPWAP radio id (1..31)
     */
    void Setup(Ptr<WifiNetDevice> device, uint8_t radioId);
    /// \param cb called for every completed association
    void SetAssociationCallback(AssociationCallback cb);
    /// \param cb called for every disassociation
    void SetDisassociationCallback(DisassociationCallback cb);
    /// \param cb called for every MSDU received from a station
    void SetFrameCallback(FrameCallback cb);
    /// \param cb called for every Authentication frame a station sends to this BSS
    void SetAuthenticationCallback(AuthenticationCallback cb);
    /**
     * Turn 802.11r Fast Transition on or off for the radio's WLAN: the MDE goes into Beacons
     * and Probe Responses as the controller's flags say, and (Re)Association Responses carry
     * what WtpFtResponder describes. Needs an ns3::WlcApWifiMac (stops with a message
     * otherwise).
     * \param mde the Mobility Domain element the controller configured (empty: FT off)
     * \param r0khId the controller's name (R0KH-ID)
     * \param inBeacons put the MDE in Beacons (RFC 5416 IEEE 802.11 Information Element, B)
     * \param inProbeResponses put it in Probe Responses (the element's P flag)
     */
    void ConfigureFastTransition(const std::vector<uint8_t>& mde,
                                 const std::string& r0khId,
                                 bool inBeacons,
                                 bool inProbeResponses);
    /**
     * \param station a station \param elements the RSNE, MDE and FTE for its next
     *        Reassociation Response (from the controller)
     */
    void SetReassociationElements(Mac48Address station, std::vector<uint8_t> elements);
    /**
     * Send an Authentication frame to a station.
     * \param station the station \param body the body
     * \return false if the MAC cannot send Authentication frames (not an ns3::WlcApWifiMac)
     */
    bool SendAuthentication(Mac48Address station, const std::vector<uint8_t>& body);

    /**
     * Switch the radio on with a WLAN.
     * \param ssid the WLAN's SSID
     */
    void Enable(const Ssid& ssid);
    /// Switch the radio off: no beacons, no reception.
    void Disable();
    /// \return whether the radio is on
    bool IsEnabled() const;
    /**
     * Transmit an MSDU to a station (or broadcast).
     * \param payload the MSDU
     * \param source the source MAC to put in the frame
     * \param destination the destination MAC
     * \param etherType the EtherType
     * \return whether the MAC accepted it
     */
    bool Transmit(Ptr<Packet> payload,
                  Mac48Address source,
                  Mac48Address destination,
                  uint16_t etherType);
    /**
     * Forget a station (Delete Station from the controller): the MAC stops delivering to it.
     * \param station the station
     */
    void RemoveStation(Mac48Address station);

    /// \return the radio id
    uint8_t GetRadioId() const;
    /// \return the BSSID
    Mac48Address GetBssid() const;
    /// \return the channel number
    uint16_t GetChannel() const;
    /// \return the RFC 5416 radio type bits (B = 1, A = 2, G = 4, N = 8)
    uint32_t GetRadioType() const;
    /// \return the device
    Ptr<WifiNetDevice> GetDevice() const;

  protected:
    void DoDispose() override;

  private:
    /// MSDUs from the ApWifiMac (promiscuous protocol handler).
    void Receive(Ptr<NetDevice> device,
                 Ptr<const Packet> packet,
                 uint16_t protocol,
                 const Address& from,
                 const Address& to,
                 NetDevice::PacketType type);
    /// Frames seen by the PHY: keeps (Re)Association Requests addressed to this BSS.
    void PhyRx(Ptr<const Packet> packet,
               uint16_t channelFreqMhz,
               WifiTxVector txVector,
               MpduInfo aMpdu,
               SignalNoiseDbm signalNoise,
               uint16_t staId);
    /**
     * The MAC got an Ack for an MPDU. A station that acknowledges a successful (Re)Association
     * Response is associated: reported then, with the AID of the response (ns-3.37 announces
     * AssociatedSta before the response is sent, and not at all when a station returns with the
     * AID it had).
     * \param mpdu the acknowledged MPDU
     */
    void Acked(Ptr<const WifiMpdu> mpdu);
    /// The ApWifiMac lost a station.
    void Disassociated(uint16_t aid, Mac48Address station);
    /// An Authentication frame arrived. \param station the sender \param body its body
    void AuthenticationReceived(Mac48Address station, const std::vector<uint8_t>& body);

    Ptr<WifiNetDevice> m_device;                             //!< the AP's Wi-Fi device
    uint8_t m_radioId{1};                                    //!< CAPWAP radio id
    bool m_enabled{true};                                    //!< radio state
    std::map<Mac48Address, std::vector<uint8_t>> m_requests; //!< last request per station
    std::set<Mac48Address> m_stations;                       //!< associated stations
    AssociationCallback m_associationCallback;               //!< to the WTP
    DisassociationCallback m_disassociationCallback;         //!< to the WTP
    FrameCallback m_frameCallback;                           //!< to the WTP
    AuthenticationCallback m_authenticationCallback;         //!< to the WTP
    WtpFtResponder m_ft;                                     //!< 802.11r response elements
    TracedCallback<bool> m_stateTrace;                       //!< radio on/off
};

} // namespace ns3

#endif /* WLC_WTP_RADIO_H */
